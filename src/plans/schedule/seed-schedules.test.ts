import { readdirSync, readFileSync } from "node:fs";
import { GOLD_DIR, hasGold } from "../../../test/support/shared-dir";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { deriveMilestones } from "./derive-milestones";
import type { ScheduleItem } from "./schedule-item";

// Every distinct schedule of the gold extractions, run through the plan's own period.
// The gold files live in the shared fixtures beside the repository; override with XIAOKANG_GOLD_DIR.


interface GoldPlan {
  source: string;
  period: { start: number; end: number } | null;
  tasks: { no: string; schedule: { raw: string | null; items: ScheduleItem[] } }[];
}

interface SeedSchedule {
  source: string;
  taskNo: string;
  raw: string | null;
  items: ScheduleItem[];
  periodStart: string;
  periodEnd: string;
}

function loadSeedSchedules(): SeedSchedule[] {
  if (!hasGold) return [];
  const seen = new Set<string>();
  const schedules: SeedSchedule[] = [];
  for (const file of readdirSync(GOLD_DIR).filter((name) => name.endsWith(".json")).sort()) {
    const plan = JSON.parse(readFileSync(join(GOLD_DIR, file), "utf8")) as GoldPlan;
    const periodStart = `${plan.period?.start ?? 2016}-01-01`;
    const periodEnd = `${plan.period?.end ?? 2020}-12-31`;
    for (const task of plan.tasks) {
      const key = `${periodStart}|${JSON.stringify(task.schedule.items)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      schedules.push({ source: plan.source, taskNo: task.no, raw: task.schedule.raw, items: task.schedule.items, periodStart, periodEnd });
    }
  }
  return schedules;
}

const seeds = loadSeedSchedules();
const byRaw = (raw: string) => {
  const found = seeds.find((seed) => seed.raw === raw);
  if (!found) throw new Error(`no seed schedule ${raw}`);
  return deriveMilestones(found.items, found);
};

describe.skipIf(!hasGold)("milestones of every seed schedule", () => {
  it("found the seed schedules", () => {
    expect(seeds.length).toBeGreaterThan(40);
  });

  it.each(seeds.map((seed) => [`${seed.source} #${seed.taskNo} ${seed.raw ?? "(none)"}`, seed] as const))(
    "%s",
    (_name, seed) => {
      const milestones = deriveMilestones(seed.items, seed);
      const dueDays = milestones.map((m) => m.due);
      // Sorted, unique per kind, valid labels and sources.
      expect([...dueDays].sort()).toEqual(dueDays);
      expect(new Set(milestones.map((m) => `${m.due}|${m.kind}`)).size).toBe(milestones.length);
      for (const milestone of milestones) {
        expect(milestone.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(milestone.label.length).toBeGreaterThan(0);
        expect(milestone.sourceIndex).toBeLessThan(Math.max(seed.items.length, 1));
      }
      // Every dated item shows up on its own date.
      for (const item of seed.items) {
        if (item.type === "deadline") expect(dueDays).toContain(item.due);
        if (item.type === "window") expect(dueDays).toContain(item.end);
        if (item.type === "event" && item.date) expect(dueDays).toContain(item.date);
      }
      // Only a schedule made of external items may have no milestone at all.
      if (milestones.length === 0) expect(seed.items.every((item) => item.type === "external")).toBe(true);
    },
  );

  it("2017年6月底前 → 2017-06-30", () => {
    expect(byRaw("2017年6月底前出台具体政策措施")).toEqual([
      { due: "2017-06-30", kind: "deadline", label: "截止：出台具体政策措施", sourceIndex: 0 },
    ]);
  });

  it("持续实施 over 2016–2020 → 20 quarter ends", () => {
    const milestones = byRaw("持续实施");
    expect(milestones).toHaveLength(20);
    expect(milestones[5]).toMatchObject({ due: "2017-06-30", kind: "cycle", label: "2017年第2季度报告" });
  });

  it("每季度 in 2020 → four quarter ends, 每月 → twelve month ends", () => {
    expect(byRaw("每季度").map((m) => m.due)).toEqual(["2020-03-31", "2020-06-30", "2020-09-30", "2020-12-31"]);
    expect(byRaw("每月")).toHaveLength(12);
  });

  it("元旦、春节、助残日、残疾人日 in 2020", () => {
    expect(byRaw("元旦、春节、助残日、残疾人日等").map((m) => m.due)).toEqual([
      "2020-01-01",
      "2020-01-25",
      "2020-05-17",
      "2020-12-03",
    ]);
  });

  it("1-4月自查摸底，5-9月建设 → two window ends", () => {
    expect(byRaw("1-4月自查摸底，5-9月建设").map((m) => [m.due, m.kind])).toEqual([
      ["2020-04-30", "window-end"],
      ["2020-09-30", "window-end"],
    ]);
  });

  it("external schedules wait for a date", () => {
    expect(byRaw("根据市统一安排")).toEqual([]);
    expect(byRaw("按省的要求及时制定")).toEqual([]);
  });

  it("a task with no schedule gets the reporting cycle", () => {
    const none = seeds.find((seed) => seed.items.length === 0);
    expect(none).toBeDefined();
    expect(deriveMilestones([], none!)).toHaveLength(20);
  });
});
