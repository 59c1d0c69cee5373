import type { Command } from "commander";

type Registrar = (program: Command) => void;

/**
 * Each command lives in its own file. Only the command being run is loaded, so that a quick
 * command does not compile the whole server first; `--help` loads them all.
 */
const COMMANDS: Record<string, () => Promise<Registrar>> = {
  serve: async () => (await import("./serve")).registerServeCommand,
  migrate: async () => (await import("./migrate")).registerMigrateCommand,
  demo: async () => (await import("./demo")).registerDemoCommand,
  user: async () => (await import("./user")).registerUserCommand,
  audit: async () => (await import("./audit")).registerAuditCommand,
  backup: async () => (await import("./backup")).registerBackupCommands,
  restore: async () => (await import("./backup")).registerBackupCommands,
  parse: async () => (await import("./parse")).registerParseCommand,
};

export async function registerCommands(program: Command, requested: string | undefined): Promise<void> {
  const wanted = requested && COMMANDS[requested] ? [COMMANDS[requested]] : [...new Set(Object.values(COMMANDS))];
  const registered = new Set<Registrar>();
  for (const load of wanted) {
    const register = await load();
    if (registered.has(register)) continue;
    registered.add(register);
    register(program);
  }
}
