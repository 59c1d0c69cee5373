import { useCallback } from "react";
import dayjs from "dayjs";
import { useSearchParams } from "react-router";
import type { PlanSummaryDto } from "../../../../src/plans/plan.schemas";
import { isInRegionScope } from "../../../../src/regions/region-scope";

/** `plan=all` in the URL: the user chose every plan of the region, which an absent `plan` does not mean. */
export const ALL_PLANS = "all";

export interface CockpitSelection {
  regionCode: string;
  planId: string | undefined;
  /** The day asked of the server: the URL's, else min(today, the plan's end). */
  asOf: string | undefined;
  asOfChosen: string | undefined;
  plan: PlanSummaryDto | undefined;
  plansInRegion: PlanSummaryDto[];
}

/**
 * Region, plan and as-of day live in the URL (?region&plan&asOf) so a screen can be linked and the
 * back button walks the drill-down. Without a plan in the URL, the region's own plan is shown.
 */
export function useCockpitSelection(plans: readonly PlanSummaryDto[] | undefined, userRegion: string) {
  const [search, setSearch] = useSearchParams();
  const regionCode = search.get("region") ?? userRegion;
  const planParam = search.get("plan");
  const plansInRegion = (plans ?? []).filter((plan) => isInRegionScope(regionCode, plan.regionCode));
  const ownPlan = plansInRegion.find((plan) => plan.regionCode === regionCode);
  const planId = planParam === ALL_PLANS ? undefined : (planParam ?? ownPlan?.id);
  const plan = plansInRegion.find((p) => p.id === planId);
  const asOfChosen = search.get("asOf") ?? undefined;
  const lastYear = plan ? plan.periodEnd : plansInRegion.reduce<number | undefined>((max, p) => (max === undefined || p.periodEnd > max ? p.periodEnd : max), undefined);
  const today = dayjs().format("YYYY-MM-DD");
  const defaultAsOf = lastYear !== undefined && `${lastYear}-12-31` < today ? `${lastYear}-12-31` : today;
  const selection: CockpitSelection = { regionCode, planId, asOf: asOfChosen ?? defaultAsOf, asOfChosen, plan, plansInRegion };

  const update = useCallback(
    (changes: { region?: string; plan?: string | null; asOf?: string | null }) => {
      setSearch((previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined) continue;
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      });
    },
    [setSearch],
  );
  return { selection, update };
}
