/** Plan limits and defaults without zod, so the web app can import them without the schema library. */
export const PLAN_FILE_MAX_BYTES = 20 * 1024 * 1024;
export const PLAN_FILE_EXTENSIONS = [".txt", ".docx", ".xlsx"] as const;
export const DEFAULT_REPORTING_CYCLE = "quarter" as const;
export const DEFAULT_WARNING_DAYS = 15;
