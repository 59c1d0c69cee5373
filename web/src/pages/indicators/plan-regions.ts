import { useMemo } from "react";
import { isInRegionScope } from "../../../../src/regions/region-scope";
import { useRegions } from "../settings/regions/regions-api";

export interface PlanRegion {
  code: string;
  name: string;
  depth: number;
  /** In the user's own subtree, so values may be entered for it (the plan's subtree ∩ the user's). */
  enterable: boolean;
  hasChildren: boolean;
}

/**
 * The plan's region and its subregions, depth first, as far as the user can see them (/api/regions answers the
 * user's subtree). A plan region above the user's own is still listed, by the name the indicators answer gives.
 */
export function usePlanRegions(plan: { regionCode: string; regionName: string } | undefined) {
  const regions = useRegions();
  const list = useMemo<PlanRegion[]>(() => {
    if (!plan) return [];
    const inPlan = (regions.data ?? []).filter((region) => isInRegionScope(plan.regionCode, region.code));
    const byParent = new Map<string, typeof inPlan>();
    for (const region of inPlan) {
      const parent = region.parentCode ?? "";
      byParent.set(parent, [...(byParent.get(parent) ?? []), region]);
    }
    const codes = new Set(inPlan.map((region) => region.code));
    const out: PlanRegion[] = [];
    const walk = (code: string, name: string, depth: number, enterable: boolean) => {
      out.push({ code, name, depth, enterable, hasChildren: (byParent.get(code)?.length ?? 0) > 0 });
      for (const child of [...(byParent.get(code) ?? [])].sort((a, b) => a.code.localeCompare(b.code))) walk(child.code, child.name, depth + 1, true);
    };
    const root = inPlan.find((region) => region.code === plan.regionCode);
    if (root) walk(root.code, root.name, 0, true);
    else {
      // The user sits below the plan's region: list it (read-only) and the visible regions under it.
      out.push({ code: plan.regionCode, name: plan.regionName, depth: 0, enterable: false, hasChildren: true });
      for (const top of inPlan.filter((region) => !region.parentCode || !codes.has(region.parentCode))) walk(top.code, top.name, 1, true);
    }
    return out;
  }, [plan, regions.data]);
  const names = useMemo(() => new Map(list.map((region) => [region.code, region.name])), [list]);
  return { regions: list, names, isPending: regions.isPending };
}
