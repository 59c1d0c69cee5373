import { resolve } from "node:path";

export interface RuntimeConfig {
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  host: string;
  /** Set behind a TLS-terminating proxy: cookies get Secure and HSTS is sent. */
  secureCookies: boolean;
  trustProxy: boolean;
}

/** Reads the runtime configuration from the environment; CLI flags override it. */
export function readConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<RuntimeConfig> = {}): RuntimeConfig {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.XIAOKANG_DATA || "./data"),
    port: Number(env.PORT || 3000),
    host: env.HOST || "0.0.0.0",
    secureCookies: env.XIAOKANG_SECURE_COOKIES === "true",
    trustProxy: env.XIAOKANG_TRUST_PROXY === "true",
    ...overrides,
  };
}
