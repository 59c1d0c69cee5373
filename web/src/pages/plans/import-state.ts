import type { PlanImportConfirmDto, PlanImportPreviewDto, PlanSettingsDto, PreviewTaskDto, PreviewUnitDto } from "../../../../src/plans/plan.schemas";
import type { UnitDto } from "../../../../src/shared/api";

/** One row of the preview as the user edits it. */
export type EditableRow = Pick<PreviewTaskDto, "no" | "parent" | "content" | "lead" | "partners" | "scheduleRaw" | "warnings" | "milestones">;

/** What happens to a written unit name: left to the directory, mapped to a unit, or created. */
export type UnitChoice = { kind: "auto" } | { kind: "unit"; unitId: string } | { kind: "create"; name: string; unitKind: UnitDto["kind"] };

export function rowsFromPreview(preview: PlanImportPreviewDto): EditableRow[] {
  return preview.tasks.map(({ no, parent, content, lead, partners, scheduleRaw, warnings, milestones }) => ({
    no,
    parent,
    content,
    lead,
    partners,
    scheduleRaw,
    warnings,
    milestones,
  }));
}

/** Unknown names start as "create under today's name", so accepting the preview as it is works. */
export function defaultChoice(unit: PreviewUnitDto): UnitChoice {
  if (unit.status !== "unknown") return { kind: "auto" };
  return { kind: "create", name: unit.suggestedNames[0] ?? unit.nameAsWritten, unitKind: unit.suggestedKind };
}

/** The names the rows use now, in order; a name typed during editing gets a "create" entry. */
export function namesInRows(rows: readonly EditableRow[]): string[] {
  const names = new Set<string>();
  for (const row of rows) {
    if (row.lead?.trim()) names.add(row.lead.trim());
    for (const partner of row.partners) if (partner.trim()) names.add(partner.trim());
  }
  return [...names];
}

export function buildConfirmPayload(
  preview: PlanImportPreviewDto,
  rows: readonly EditableRow[],
  choices: Readonly<Record<string, UnitChoice>>,
  settings: PlanSettingsDto,
): PlanImportConfirmDto {
  const unitMapping: NonNullable<PlanImportConfirmDto["unitMapping"]> = {};
  for (const name of namesInRows(rows)) {
    const choice = choices[name];
    if (choice?.kind === "unit") unitMapping[name] = choice.unitId;
    if (choice?.kind === "create") unitMapping[name] = { create: { name: choice.name.trim() || name, kind: choice.unitKind } };
  }
  return {
    regionCode: preview.regionCode,
    sha256: preview.sha256,
    settings,
    tasks: rows.map((row) => ({
      no: row.no,
      parent: row.parent,
      content: row.content,
      lead: row.lead?.trim() ? row.lead.trim() : null,
      partners: row.partners.map((partner) => partner.trim()).filter(Boolean),
      scheduleRaw: row.scheduleRaw?.trim() ? row.scheduleRaw : null,
    })),
    unitMapping,
  };
}
