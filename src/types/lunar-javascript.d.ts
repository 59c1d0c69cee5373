// lunar-javascript ships no type declarations; this declares only the part the
// schedule code uses (lunar → solar conversion for 春节). Widen it here if needed.
declare module "lunar-javascript" {
  /** A Gregorian calendar day. */
  export interface Solar {
    getYear(): number;
    getMonth(): number;
    getDay(): number;
    toYmd(): string;
  }
  /** A Chinese lunar calendar day. */
  export interface LunarDay {
    getSolar(): Solar;
  }
  export const Lunar: {
    /** The lunar day with the given lunar year, month (1–12, negative for a leap month) and day. */
    fromYmd(lunarYear: number, lunarMonth: number, lunarDay: number): LunarDay;
  };
}
