import type { RegionDto } from "../../../../../src/shared/api";

export interface RegionNode extends RegionDto {
  children?: RegionNode[];
}

/** Nests the flat region list under parent codes; regions whose parent is not visible become roots. */
export function buildRegionTree(regions: readonly RegionDto[]): RegionNode[] {
  const nodes = new Map<string, RegionNode>(regions.map((region) => [region.code, { ...region }]));
  const roots: RegionNode[] = [];
  for (const node of [...nodes.values()].sort((a, b) => a.code.localeCompare(b.code))) {
    const parent = node.parentCode ? nodes.get(node.parentCode) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}
