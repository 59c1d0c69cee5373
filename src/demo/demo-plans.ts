import { readFile } from "node:fs/promises";
import { appendAuditEvent } from "../audit/audit.repository";
import { acceptPreview } from "../plans/import/auto-unit-mapping";
import { confirmPlanImport } from "../plans/import/plan-import-confirm";
import { previewPlanImport } from "../plans/import/plan-import-preview";
import { DEMO_DISTRICT_CODE } from "../regions/seed-regions";
import type { Runtime } from "../runtime/runtime";
import type { RequestAuditInput } from "../server/audit-request";

/** The seed documents shipped with the product, and the region each belongs to. */
const SEED_DIR = new URL("../../assets/seeds/", import.meta.url);
export const DEMO_SEEDS: { file: string; regionCode: string }[] = [
  // 000 names no place: it goes to the fictional demo district, which the UI marks as such.
  { file: "000_3968c860e068e577.txt", regionCode: DEMO_DISTRICT_CODE },
  { file: "001_293d26da189e8b36.txt", regionCode: "230881" },
  { file: "002_b59b65f054af1b83.txt", regionCode: "440800" },
  { file: "003_d966c64b69590850.txt", regionCode: "500106" },
  { file: "004_4c59c97df8a0ccea.txt", regionCode: "370305" },
];

/**
 * Imports the seed plans into their regions through the same preview and confirm as the API,
 * creating their units under today's names (old names as aliases). One transaction per plan.
 */
export async function loadDemoPlans(runtime: Runtime, print: (line: string) => void): Promise<void> {
  const { db } = runtime.handle;
  for (const seed of DEMO_SEEDS) {
    const started = Date.now();
    const bytes = new Uint8Array(await readFile(new URL(seed.file, SEED_DIR)));
    const now = new Date();
    const preview = await previewPlanImport(db, { regionCode: seed.regionCode, fileName: seed.file, bytes }, now);
    if (preview.duplicateOfPlanId) {
      print(`规划已存在，跳过 / plan already loaded, skipped: ${preview.settings.title}`);
      continue;
    }
    const result = await db.transaction((tx) => {
      const record = (input: RequestAuditInput) =>
        appendAuditEvent(tx, runtime.secretKey, { ...input, ts: now, actorName: "demo", requestId: "demo" }).then(() => undefined);
      return confirmPlanImport(tx, { payload: acceptPreview(preview), fileName: seed.file, bytes }, { userId: null, now, record });
    });
    print(
      `已导入规划 / plan imported: ${preview.settings.title}（${seed.regionCode}）` +
        ` ${result.tasks} 项任务 tasks, ${result.milestones} 个节点 milestones, ${result.unitsCreated} 个新单位 units, ${Date.now() - started} ms`,
    );
  }
}
