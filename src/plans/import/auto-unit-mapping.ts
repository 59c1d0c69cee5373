import type { PlanImportConfirm, PlanImportPreviewDto } from "../plan.schemas";

/**
 * Accepts a preview as it stands: rows unchanged, units resolved by the directory kept, and
 * every unknown name created under today's name (区卫计局 → 区卫生健康局, the old name kept
 * as an alias). Used where nobody reviews the preview: the demo loader.
 */
export function acceptPreview(preview: PlanImportPreviewDto): PlanImportConfirm {
  const unitMapping: PlanImportConfirm["unitMapping"] = {};
  for (const unit of preview.units) {
    if (unit.status !== "unknown") continue;
    unitMapping[unit.nameAsWritten] = { create: { name: unit.suggestedNames[0] ?? unit.nameAsWritten, kind: unit.suggestedKind } };
  }
  return {
    regionCode: preview.regionCode,
    sha256: preview.sha256,
    settings: preview.settings,
    tasks: preview.tasks.map(({ no, parent, content, lead, partners, scheduleRaw }) => ({ no, parent, content, lead, partners, scheduleRaw })),
    unitMapping,
  };
}
