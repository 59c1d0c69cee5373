import { and, desc, eq, isNotNull, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { plans, regions } from "../db/schema/index";
import { queryRows } from "../supervision/sql-rows";

/** The columns of a plan the public may ever see; nothing else is selected. */
export interface PublishedPlanRow {
  id: string;
  regionCode: string;
  regionName: string | null;
  title: string;
  docNumber: string | null;
  issuer: string | null;
  issuedOn: string | null;
  periodStart: number;
  periodEnd: number;
  warningDays: number;
  reportingCycle: (typeof plans.$inferSelect)["reportingCycle"];
  status: (typeof plans.$inferSelect)["status"];
  publishedAt: Date;
}

const publishedColumns = {
  id: plans.id,
  regionCode: plans.regionCode,
  regionName: regions.name,
  title: plans.title,
  docNumber: plans.docNumber,
  issuer: plans.issuer,
  issuedOn: plans.issuedOn,
  periodStart: plans.periodStart,
  periodEnd: plans.periodEnd,
  warningDays: plans.warningDays,
  reportingCycle: plans.reportingCycle,
  status: plans.status,
  publishedAt: plans.publishedAt,
};

/** Published means: publishedAt set and not a draft (a plan set back to draft disappears at once). */
const isPublished = and(isNotNull(plans.publishedAt), ne(plans.status, "draft"));

export async function listPublishedPlans(db: DbOrTx): Promise<PublishedPlanRow[]> {
  const rows = await db.select(publishedColumns).from(plans).leftJoin(regions, eq(regions.code, plans.regionCode)).where(isPublished).orderBy(desc(plans.publishedAt));
  return rows as PublishedPlanRow[];
}

export async function findPublishedPlan(db: DbOrTx, id: string): Promise<PublishedPlanRow | null> {
  const rows = await db.select(publishedColumns).from(plans).leftJoin(regions, eq(regions.code, plans.regionCode)).where(and(eq(plans.id, id), isPublished)).limit(1);
  return (rows[0] as PublishedPlanRow | undefined) ?? null;
}

export interface AcceptedProgressRow {
  taskId: string;
  narrative: string;
  progress: "not-started" | "in-progress" | "done" | "blocked";
  due: string;
  acceptedOn: string;
}

/**
 * The latest progress text of each task that the office has ACCEPTED by the day: the lead unit's
 * consolidated report only. Drafts, submitted, returned and partner texts never leave the building.
 */
export async function latestAcceptedProgress(db: DbOrTx, regionCode: string, planId: string, asOf: string): Promise<AcceptedProgressRow[]> {
  return queryRows<AcceptedProgressRow>(
    db,
    sql`SELECT DISTINCT ON (r.task_id) r.task_id AS "taskId", r.narrative, r.progress, r.due::text AS due, r.accepted_on::text AS "acceptedOn"
        FROM reports r
        WHERE r.region_code = ${regionCode} AND r.plan_id = ${planId} AND r.role = 'lead'
          AND r.state IN ('accepted', 'locked') AND r.accepted_on IS NOT NULL AND r.accepted_on <= ${asOf}::date
        ORDER BY r.task_id, r.due DESC`,
  );
}
