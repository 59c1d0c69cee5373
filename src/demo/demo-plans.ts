import type { Runtime } from "../runtime/runtime";

/** Imports the seed plans into their regions; filled in by the plan importer. */
export async function loadDemoPlans(_runtime: Runtime, _print: (line: string) => void): Promise<void> {}
