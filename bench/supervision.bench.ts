/**
 * Supervision benchmark (issue 4, item 9). Generates a national-scale data set on PostgreSQL
 * (2,850 counties × 35 tasks × 5 units × 20 quarterly periods ≈ 10 million reports) in a dedicated
 * database `xk_bench`, and a county-scale one on PGlite; then times the overview (task light counts
 * per region subtree as of a day) and the overdue list (first page of 50), p50/p95 over ≥ 50 queries
 * each, beside a floor query reading a precomputed table of light counts in the same run.
 *
 * Run: npm run bench:supervision [-- --scale 0.1] [-- --queries 60] [-- --skip-pg] [-- --skip-pglite] [-- --keep] [-- --reuse]
 * PostgreSQL: DATABASE_URL (a server; the bench creates and drops xk_bench) or postgres://postgres@127.0.0.1:5432/postgres.
 */
import pg from "pg";
import { sql } from "drizzle-orm";
import { openDatabase, type DatabaseHandle } from "../src/db/client";
import { migrateDatabase } from "../src/db/migrate";
import { refreshLightFactsSql } from "../src/supervision/light-facts";
import { addDays } from "../src/supervision/dates";
import { overdueList, overview } from "../src/supervision/supervision.service";
import { queryRows } from "../src/supervision/sql-rows";
import type { Viewer } from "../src/supervision/viewer";
import { regionPrefix } from "../src/regions/region-scope";
import { withDatabase } from "../test/support/database";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const SCALE = option("scale", 1);
const QUERIES = Math.max(50, option("queries", 60));
const TASKS = 35;
const UNITS_PER_TASK = 5;
const UNITS_PER_COUNTY = 12;
const PERIODS = 20; // 2016 Q1 … 2020 Q4
const PROVINCES = 31;

/** Deterministic pseudo-random numbers, so that two runs query the same scopes and days. */
let seed = 20_180_501;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * The whole data set in set-based SQL (generate_series INSERT … SELECT). Counties get synthetic
 * codes PP FF CC (31 provinces × up to 10 prefectures × up to 10 counties); ids are md5-derived
 * uuids so rows can refer to each other without lookups. Each report is accepted with 85 %
 * probability, between 10 days early and 45 days late; the last period's report is final.
 */
function loadStatements(counties: number): string[] {
  const county = `(11 + (c % ${PROVINCES}))::text || lpad((1 + (c / ${PROVINCES}) % 10)::text, 2, '0') || lpad((1 + (c / ${PROVINCES}) / 10)::text, 2, '0')`;
  return [
    `CREATE TEMP TABLE bench_counties AS SELECT c, ${county} AS code FROM generate_series(0, ${counties - 1}) c`,
    `INSERT INTO regions (code, name, level, parent_code)
       SELECT DISTINCT left(code, 2) || '0000', '省' || left(code, 2), 'province', '000000' FROM bench_counties ON CONFLICT DO NOTHING`,
    `INSERT INTO regions (code, name, level, parent_code)
       SELECT DISTINCT left(code, 4) || '00', '市' || left(code, 4), 'prefecture', left(code, 2) || '0000' FROM bench_counties ON CONFLICT DO NOTHING`,
    `INSERT INTO regions (code, name, level, parent_code)
       SELECT code, '县' || code, 'county', left(code, 4) || '00' FROM bench_counties ON CONFLICT DO NOTHING`,
    `INSERT INTO units (region_code, id, name, kind)
       SELECT b.code, md5('u' || b.c || '-' || k)::uuid, '单位' || k, 'department' FROM bench_counties b, generate_series(0, ${UNITS_PER_COUNTY - 1}) k`,
    `INSERT INTO plans (region_code, id, title, period_start, period_end, source_file_name, source_sha256, extraction, created_at, updated_at)
       SELECT b.code, md5('p' || b.c)::uuid, '十三五残疾人事业发展规划 ' || b.code, 2016, 2020, 'plan.docx', md5('s' || b.c) || md5('t' || b.c), '{}', now(), now()
       FROM bench_counties b`,
    `INSERT INTO tasks (region_code, id, plan_id, seq, no, chapter, content, schedule_raw, updated_at)
       SELECT b.code, md5('t' || b.c || '-' || t)::uuid, md5('p' || b.c)::uuid, t + 1, (t + 1)::text, '第' || (t / 7 + 1) || '章', '任务' || (t + 1), '每季度', now()
       FROM bench_counties b, generate_series(0, ${TASKS - 1}) t`,
    `INSERT INTO task_units (region_code, task_id, unit_id, role, position, name_as_written)
       SELECT b.code, md5('t' || b.c || '-' || t)::uuid, md5('u' || b.c || '-' || ((t + k) % ${UNITS_PER_COUNTY}))::uuid,
              CASE WHEN k = 0 THEN 'lead' ELSE 'partner' END, k, '单位'
       FROM bench_counties b, generate_series(0, ${TASKS - 1}) t, generate_series(0, ${UNITS_PER_TASK - 1}) k`,
    `INSERT INTO milestones (region_code, id, plan_id, task_id, due, kind, label, source_index)
       SELECT b.code, md5('m' || b.c || '-' || t || '-' || q)::uuid, md5('p' || b.c)::uuid, md5('t' || b.c || '-' || t)::uuid,
              (date '2016-01-01' + make_interval(months => 3 * (q + 1)) - interval '1 day')::date, 'cycle', '第' || (q + 1) || '季度', 0
       FROM bench_counties b, generate_series(0, ${TASKS - 1}) t, generate_series(0, ${PERIODS - 1}) q`,
    `INSERT INTO reports (region_code, id, plan_id, task_id, milestone_id, due, unit_id, role, progress, state, is_final, accepted_on, updated_at)
       SELECT code, md5('r' || c || '-' || t || '-' || q || '-' || k)::uuid, md5('p' || c)::uuid, md5('t' || c || '-' || t)::uuid,
              md5('m' || c || '-' || t || '-' || q)::uuid, due, md5('u' || c || '-' || ((t + k) % ${UNITS_PER_COUNTY}))::uuid,
              CASE WHEN k = 0 THEN 'lead' ELSE 'partner' END,
              CASE WHEN h < 85 THEN 'done' ELSE 'in-progress' END,
              CASE WHEN h < 85 THEN 'accepted' ELSE 'draft' END,
              CASE WHEN q = ${PERIODS - 1} THEN 1 ELSE 0 END,
              CASE WHEN h < 85 THEN due + (h2 % 56) - 10 END, now()
       FROM (
         SELECT b.c, b.code, t, q, k, (date '2016-01-01' + make_interval(months => 3 * (q + 1)) - interval '1 day')::date AS due,
                abs(hashtext(b.c || '/' || t || '/' || q || '/' || k)) % 100 AS h,
                abs(hashtext(b.c || '|' || t || '|' || q || '|' || k)) AS h2
         FROM bench_counties b, generate_series(0, ${TASKS - 1}) t, generate_series(0, ${PERIODS - 1}) q, generate_series(0, ${UNITS_PER_TASK - 1}) k
       ) s`,
  ];
}

interface Scopes {
  provinces: string[];
  prefectures: string[];
  counties: string[];
}

async function scopesOf(handle: DatabaseHandle): Promise<Scopes> {
  const rows = await queryRows<{ code: string; level: string }>(handle.db, sql`SELECT code, level FROM regions WHERE code IN (SELECT DISTINCT region_code FROM plans) OR level IN ('province', 'prefecture')`);
  const withPlans = new Set((await queryRows<{ code: string }>(handle.db, sql`SELECT DISTINCT region_code AS code FROM plans`)).map((r) => r.code));
  const has = (code: string) => [...withPlans].some((c) => c.startsWith(regionPrefix(code)));
  return {
    provinces: rows.filter((r) => r.level === "province" && has(r.code)).map((r) => r.code),
    prefectures: rows.filter((r) => r.level === "prefecture" && has(r.code)).map((r) => r.code),
    counties: rows.filter((r) => r.level === "county" && withPlans.has(r.code)).map((r) => r.code),
  };
}

const viewerAt = (regionCode: string): Viewer => ({ kind: "region", userId: "00000000-0000-0000-0000-000000000000", regionCode, prefix: regionPrefix(regionCode), planId: null });
const randomDay = () => addDays("2016-01-01", Math.floor(random() * 365 * 5.5));

interface Result {
  store: string;
  query: string;
  scope: string;
  n: number;
  p50: number;
  p95: number;
  rows: string;
}

async function timeIt(n: number, run: () => Promise<number>): Promise<{ p50: number; p95: number; rows: number }> {
  for (let i = 0; i < 5; i++) await run(); // warm-up
  const samples: number[] = [];
  let rows = 0;
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    rows += await run();
    samples.push(performance.now() - started);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), rows: Math.round(rows / n) };
}

/** Floor: the same counts read from a table precomputed for one day (what a nightly job would give). */
const FLOOR_DAY = "2018-06-30";
async function buildFloor(handle: DatabaseHandle): Promise<void> {
  await handle.exec(`DROP TABLE IF EXISTS bench_light_counts`);
  await handle.exec(`CREATE TABLE bench_light_counts AS
    SELECT f.region_code, CASE
      WHEN f.done_on <= date '${FLOOR_DAY}' THEN 'done' WHEN f.red @> date '${FLOOR_DAY}' THEN 'red'
      WHEN f.yellow @> date '${FLOOR_DAY}' THEN 'yellow' WHEN f.active_from IS NULL OR date '${FLOOR_DAY}' < f.active_from THEN 'grey'
      ELSE 'green' END AS light, count(*)::int AS n
    FROM task_unit_lights f WHERE f.role = 'lead' GROUP BY 1, 2`);
  await handle.exec(`CREATE INDEX ON bench_light_counts (region_code)`);
  await handle.exec(`ANALYZE bench_light_counts`);
}

async function runQueries(store: string, handle: DatabaseHandle, scopes: Scopes): Promise<Result[]> {
  const results: Result[] = [];
  const levels: [string, string[]][] = [
    ["country", ["000000"]],
    ["province", scopes.provinces],
    ["prefecture", scopes.prefectures],
    ["county", scopes.counties],
  ];
  for (const [level, codes] of levels) {
    if (codes.length === 0) continue;
    const ov = await timeIt(QUERIES, async () => {
      const result = await overview(handle.db, viewerAt(pick(codes)), { asOf: randomDay() });
      return result.counts.total;
    });
    results.push({ store, query: "overview (light counts, any day)", scope: level, n: QUERIES, p50: ov.p50, p95: ov.p95, rows: `${ov.rows} tasks` });
    const od = await timeIt(QUERIES, async () => {
      const result = await overdueList(handle.db, viewerAt(pick(codes)), { asOf: randomDay(), limit: 50, offset: 0 });
      return result.total;
    });
    results.push({ store, query: "overdue list (page of 50 + total)", scope: level, n: QUERIES, p50: od.p50, p95: od.p95, rows: `${od.rows} red` });
    const floor = await timeIt(QUERIES, async () => {
      const prefix = regionPrefix(pick(codes));
      const rows = await queryRows<{ light: string; n: number }>(
        handle.db,
        sql`SELECT light, sum(n)::int AS n FROM bench_light_counts WHERE region_code >= ${prefix} AND region_code < ${prefix + "~"} GROUP BY light`,
      );
      return rows.reduce((sum, row) => sum + row.n, 0);
    });
    results.push({ store, query: `floor (precomputed counts, ${FLOOR_DAY})`, scope: level, n: QUERIES, p50: floor.p50, p95: floor.p95, rows: `${floor.rows} tasks` });
  }
  return results;
}

async function sizes(handle: DatabaseHandle): Promise<string> {
  const counts = await queryRows<{ reports: number; facts: number; tasks: number; plans: number }>(
    handle.db,
    sql`SELECT (SELECT count(*) FROM reports)::int AS reports, (SELECT count(*) FROM task_unit_lights)::int AS facts,
               (SELECT count(*) FROM tasks)::int AS tasks, (SELECT count(*) FROM plans)::int AS plans`,
  );
  const bytes = await queryRows<{ db: string; reports: string; facts: string }>(
    handle.db,
    sql`SELECT pg_size_pretty(pg_database_size(current_database())) AS db,
               pg_size_pretty(pg_total_relation_size('reports')) AS reports, pg_size_pretty(pg_total_relation_size('task_unit_lights')) AS facts`,
  ).catch(() => [{ db: "?", reports: "?", facts: "?" }]);
  const c = counts[0];
  const b = bytes[0];
  return `${c.plans.toLocaleString()} plans, ${c.tasks.toLocaleString()} tasks, ${c.reports.toLocaleString()} reports (${b.reports} with indexes), ${c.facts.toLocaleString()} light-fact rows (${b.facts}); database ${b.db}`;
}

async function load(handle: DatabaseHandle, counties: number, log: (step: string) => void): Promise<void> {
  // Secondary indexes of reports are dropped for the bulk load and rebuilt after: the same definitions, far faster.
  const indexes = await queryRows<{ name: string; def: string }>(
    handle.db,
    sql`SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE tablename = 'reports' AND indexname NOT LIKE '%_pk'`,
  );
  for (const index of indexes) await handle.exec(`DROP INDEX ${index.name}`);
  for (const statement of loadStatements(counties)) {
    const started = performance.now();
    await handle.exec(statement);
    log(`${statement.trim().split("\n")[0].slice(0, 60)}… ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  for (const index of indexes) {
    const started = performance.now();
    await handle.exec(index.def);
    log(`${index.name} ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const started = performance.now();
  await handle.db.execute(refreshLightFactsSql(sql`true`));
  log(`task_unit_lights from reports ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await handle.exec("ANALYZE");
  await buildFloor(handle);
}

function printTable(results: Result[]): void {
  const header = ["store", "query", "scope", "n", "p50 ms", "p95 ms", "avg rows"];
  const body = results.map((r) => [r.store, r.query, r.scope, String(r.n), r.p50.toFixed(1), r.p95.toFixed(1), r.rows]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells: string[]) => "| " + cells.map((c, i) => c.padEnd(widths[i])).join(" | ") + " |";
  console.log(line(header));
  console.log("|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|");
  for (const row of body) console.log(line(row));
}

async function benchPostgres(): Promise<Result[]> {
  const serverUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  // --reuse queries the xk_bench left by an earlier run with --keep (loading takes ~13 minutes at full scale on 2 cores).
  const reuse = flag("reuse");
  if (!reuse) {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query("DROP DATABASE IF EXISTS xk_bench WITH (FORCE)");
    await admin.query("CREATE DATABASE xk_bench");
    await admin.end();
  }
  const handle = await openDatabase({ databaseUrl: withDatabase(serverUrl, "xk_bench"), poolSize: 4 });
  try {
    const counties = Math.max(1, Math.round(2850 * SCALE));
    if (!reuse) {
      await migrateDatabase(handle);
      const started = performance.now();
      await handle.exec("SET maintenance_work_mem = '1GB'");
      await handle.exec("SET work_mem = '256MB'");
      await handle.exec("SET synchronous_commit = off");
      await load(handle, counties, (step) => console.log(`  pg: ${step}`));
      console.log(`PostgreSQL data set (scale ${SCALE}, ${counties} counties) loaded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
    console.log(`PostgreSQL data set: ${await sizes(handle)}`);
    return await runQueries(`PostgreSQL ×${SCALE}`, handle, await scopesOf(handle));
  } finally {
    await handle.close();
    if (!flag("keep")) {
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query("DROP DATABASE IF EXISTS xk_bench WITH (FORCE)");
      await dropper.end();
    }
  }
}

async function benchPglite(): Promise<Result[]> {
  const handle = await openDatabase({ dataDir: "memory://" });
  try {
    await migrateDatabase(handle);
    await load(handle, 1, () => undefined);
    console.log(`PGlite county data set: ${await sizes(handle)}`);
    return await runQueries("PGlite (1 county)", handle, await scopesOf(handle));
  } finally {
    await handle.close();
  }
}

const results: Result[] = [];
if (!flag("skip-pglite")) results.push(...(await benchPglite()));
if (!flag("skip-pg")) results.push(...(await benchPostgres()));
printTable(results);
