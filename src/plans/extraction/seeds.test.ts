import { existsSync, readFileSync } from "node:fs";
import { GOLD_DIR as GOLD } from "../../../test/support/shared-dir";
import { describe, expect, it } from "vitest";
import { parsePlanDocument } from "./index";
import { SEED_NAMES, fixture } from "./test-support";
import type { PlanExtraction } from "./types";



const essentials = (e: PlanExtraction) => ({
  tasks: e.tasks.map((t) => ({ no: t.no, parent: t.parent, content: t.content, lead: t.lead, partners: t.partners, items: t.schedule.items })),
  indicators: e.indicators.map((i) => ({ no: i.no, name: i.name, op: i.target.op, value: i.target.value, unit: i.target.unit, attribute: i.attribute })),
});

describe.each(SEED_NAMES)("seed %s", (name) => {
  it("gives the same tasks and indicators from .txt, .docx and .xlsx", async () => {
    const text = await parsePlanDocument(fixture("seeds", `${name}.txt`), `${name}.txt`);
    const docx = await parsePlanDocument(fixture("seeds", "docx", `${name}.docx`), `${name}.docx`);
    const xlsx = await parsePlanDocument(fixture("seeds", "xlsx", `${name}.xlsx`), `${name}.xlsx`);
    expect(essentials(docx.extraction)).toEqual(essentials(text.extraction));
    expect(essentials(xlsx.extraction)).toEqual(essentials(text.extraction));
    expect(docx.extraction.title).toBe(text.extraction.title);
    expect(xlsx.extraction.title).toBe(text.extraction.title);
  });

  it.runIf(existsSync(`${GOLD}/${name}.json`))("matches the gold tasks that are not ambiguous", async () => {
    const gold = JSON.parse(readFileSync(`${GOLD}/${name}.json`, "utf8")) as Omit<PlanExtraction, "tasks"> & { tasks: (PlanExtraction["tasks"][number] & { ambiguous?: boolean })[] };
    const { extraction } = await parsePlanDocument(fixture("seeds", `${name}.txt`), `${name}.txt`);
    const byNo = new Map(extraction.tasks.map((t) => [t.no, t]));
    for (const task of gold.tasks.filter((t) => !t.ambiguous)) {
      const got = byNo.get(task.no);
      expect(got?.lead, task.no).toBe(task.lead);
      expect(got?.partners, task.no).toEqual(task.partners);
      expect(got?.schedule.items, task.no).toEqual(task.schedule.items);
    }
    expect({ title: extraction.title, docNumber: extraction.docNumber, issuer: extraction.issuer, issuedOn: extraction.issuedOn, planYear: extraction.planYear, period: extraction.period }).toEqual({
      title: gold.title,
      docNumber: gold.docNumber,
      issuer: gold.issuer,
      issuedOn: gold.issuedOn,
      planYear: gold.planYear,
      period: gold.period,
    });
  });
});
