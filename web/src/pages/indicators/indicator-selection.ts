import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import type { Basis } from "./indicators-api";

/** What the indicators pages show: plan, year, region, basis and tab, all kept in the URL so a link can be shared. */
export interface IndicatorSelection {
  planId?: string;
  year?: number;
  regionCode?: string;
  basis: Basis;
  tab?: string;
}

const KEYS = { planId: "plan", year: "year", regionCode: "region", basis: "basis", tab: "tab" } as const;

function parseYear(text: string | null): number | undefined {
  if (!text || !/^\d{4}$/.test(text)) return undefined;
  return Number(text);
}

export function useIndicatorSelection(): [IndicatorSelection, (changes: Partial<IndicatorSelection>, options?: { replace?: boolean }) => void] {
  const [search, setSearch] = useSearchParams();
  const selection = useMemo<IndicatorSelection>(
    () => ({
      planId: search.get(KEYS.planId) ?? undefined,
      year: parseYear(search.get(KEYS.year)),
      regionCode: search.get(KEYS.regionCode) ?? undefined,
      basis: search.get(KEYS.basis) === "all" ? "all" : "accepted",
      tab: search.get(KEYS.tab) ?? undefined,
    }),
    [search],
  );
  const update = useCallback(
    (changes: Partial<IndicatorSelection>, options?: { replace?: boolean }) => {
      setSearch(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [name, key] of Object.entries(KEYS) as [keyof IndicatorSelection, string][]) {
            if (!(name in changes)) continue;
            const value = changes[name];
            // The default basis stays out of the URL.
            if (value === undefined || value === null || value === "" || (name === "basis" && value === "accepted")) next.delete(key);
            else next.set(key, String(value));
          }
          return next;
        },
        { replace: options?.replace ?? false },
      );
    },
    [setSearch],
  );
  return [selection, update];
}

/** The query string of a selection, for links between the list and an indicator's page. */
export function selectionSearch(selection: IndicatorSelection, omit: (keyof IndicatorSelection)[] = []): string {
  const search = new URLSearchParams();
  for (const [name, key] of Object.entries(KEYS) as [keyof IndicatorSelection, string][]) {
    const value = selection[name];
    if (omit.includes(name) || value === undefined || (name === "basis" && value === "accepted")) continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
