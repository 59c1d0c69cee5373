// `npm test`: the whole suite (API, unit and browser tests) against the database chosen by DATABASE_URL
// (PGlite when unset). Builds the web app first because the browser tests drive it.
import { spawnSync } from "node:child_process";

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run("npx", ["vite", "build", "--config", "web/vite.config.ts", "--logLevel", "warn"]);
run("npx", ["vitest", "run", ...process.argv.slice(2)]);
