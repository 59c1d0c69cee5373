import { readdirSync, readFileSync } from "node:fs";
import { GOLD_DIR, hasGold } from "../../../test/support/shared-dir";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type DirectoryUnit, resolveUnitName } from "./resolve-unit-name";
import { suggestCanonicalName } from "./suggest-canonical-name";

// Every lead and partner of the gold extractions, resolved against a directory
// that holds each unit under today's name, as an office would after the import.


interface GoldPlan {
  tasks: { lead: string | null; partners: string[] }[];
}

function loadSeedUnitNames(): string[] {
  if (!hasGold) return [];
  const names = new Set<string>();
  for (const file of readdirSync(GOLD_DIR).filter((name) => name.endsWith(".json"))) {
    const plan = JSON.parse(readFileSync(join(GOLD_DIR, file), "utf8")) as GoldPlan;
    for (const task of plan.tasks) {
      for (const unit of [task.lead, ...task.partners]) if (unit) names.add(unit);
    }
  }
  return [...names].sort();
}

const seedNames = loadSeedUnitNames();
const todaysDirectory: DirectoryUnit[] = [
  ...new Set(seedNames.map((name) => suggestCanonicalName(name)[0]?.name ?? name)),
].map((name, index) => ({ id: `u${index}`, name, aliases: [] }));

describe.skipIf(!hasGold)("seed unit names against today's directory", () => {
  it("found the seed names", () => {
    expect(seedNames.length).toBeGreaterThan(50);
    expect(seedNames).toContain("区卫计局");
  });

  it.each(seedNames)("%s resolves", (name) => {
    const result = resolveUnitName(name, todaysDirectory);
    expect(result.status).not.toBe("unknown");
    const suggested = suggestCanonicalName(name).map((suggestion) => suggestion.name);
    if (suggested.length > 0) {
      expect(result.status).toBe("renamed");
      expect(suggested).toContain(result.candidates[0].name);
    }
  });

  it.each([
    ["区卫计局", "区卫生健康局"],
    ["市扶贫办", "市乡村振兴局"],
    ["区文广新局", "区文化和旅游局"],
    ["区市监局", "区市场监督管理局"],
    ["市卫生计生局", "市卫生健康局"],
    ["区国税局", "区税务局"],
  ])("%s → %s", (name, today) => {
    const result = resolveUnitName(name, todaysDirectory);
    expect(result.candidates[0].name).toBe(today);
  });

  it("市教体局 is already today's name", () => {
    expect(resolveUnitName("市教体局", todaysDirectory).status).toBe("exact");
  });
});
