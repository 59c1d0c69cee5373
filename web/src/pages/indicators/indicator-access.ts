import { useCallback } from "react";
import { useCan, useSessionUser } from "../../auth/session";
import type { Indicator } from "./indicators-api";

/**
 * Who does what on the indicators pages (mirrors src/indicators/indicator-access.ts): the office enters and
 * reviews every indicator; a liaison enters and sees only the indicators its unit is responsible for; a
 * leader or evaluator only reads.
 */
export function useIndicatorAccess() {
  const user = useSessionUser();
  const mayEnter = useCan("indicator.enter");
  const canReview = useCan("indicator.review");
  const isOffice = user.roles.includes("office");
  const ownUnitOnly = mayEnter && !isOffice;
  const canEnter = useCallback(
    (indicator: Pick<Indicator, "responsibleUnit">) => mayEnter && (isOffice || (user.unitId !== null && indicator.responsibleUnit?.id === user.unitId)),
    [mayEnter, isOffice, user.unitId],
  );
  const shows = useCallback((indicator: Pick<Indicator, "responsibleUnit">) => !ownUnitOnly || canEnter(indicator), [ownUnitOnly, canEnter]);
  return { mayEnter, canReview, canEnter, ownUnitOnly, shows, unitName: user.unitName };
}
