// `npm test`: the whole suite (API, unit and browser tests) against the database chosen by DATABASE_URL
// (PGlite when unset). Builds the web app first because the browser tests drive it
// (XIAOKANG_TEST_SKIP_BUILD=1 when dist/web is already built).
import { spawnSync } from "node:child_process";

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// CI builds once and runs the PGlite and PostgreSQL passes side by side; a second build would rewrite
// dist/web under the other pass's browser tests.
if (process.env.XIAOKANG_TEST_SKIP_BUILD !== "1") run("npx", ["vite", "build", "--config", "web/vite.config.ts", "--logLevel", "warn"]);
run("npx", ["vitest", "run", ...process.argv.slice(2)]);
