import { sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { queryRows } from "./sql-rows";

export interface LedgerSourceRow {
  taskId: string;
  seq: number;
  no: string;
  content: string;
  schedule: string | null;
  units: { name: string; role: "lead" | "partner" }[] | null;
  latest: string | null;
}

/** The ledger's columns per task: units in document order and the lead's latest written progress. */
export async function ledgerSource(db: DbOrTx, regionCode: string, planId: string): Promise<LedgerSourceRow[]> {
  return queryRows<LedgerSourceRow>(
    db,
    sql`SELECT t.id AS "taskId", t.seq, t.no, t.content, t.schedule_raw AS schedule,
               (SELECT json_agg(json_build_object('name', coalesce(u.name, tu.name_as_written), 'role', tu.role) ORDER BY tu.position)
                  FROM task_units tu LEFT JOIN units u ON u.id = tu.unit_id
                  WHERE tu.region_code = t.region_code AND tu.task_id = t.id) AS units,
               (SELECT r.narrative FROM reports r
                  WHERE r.region_code = t.region_code AND r.task_id = t.id AND r.role = 'lead' AND r.narrative <> ''
                  ORDER BY r.due DESC LIMIT 1) AS latest
        FROM tasks t
        WHERE t.region_code = ${regionCode} AND t.plan_id = ${planId}
        ORDER BY t.seq`,
  );
}
