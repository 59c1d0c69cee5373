import { z } from "zod";
import type { Clock } from "../config/clock";
import { parseIsoDate } from "../plans/schedule/calendar-date";

/** Plans are Chinese documents: "today" and acceptance days are calendar days in China time (UTC+8, no DST). */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

export function todayIn(clock: Clock): string {
  return chinaDate(clock.now());
}

/** Adds calendar days to a YYYY-MM-DD day (UTC arithmetic on a date, so no zone can shift it). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** A strict YYYY-MM-DD that is a real calendar day (2024-02-30 and 2024-2-3 are refused). */
export const isoDaySchema = z
  .string()
  .refine((text) => parseIsoDate(text) !== null, "日期应为 YYYY-MM-DD 格式的有效日期 / date must be a valid YYYY-MM-DD day");
