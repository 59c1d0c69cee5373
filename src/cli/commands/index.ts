import type { Command } from "commander";
import { registerAuditCommand } from "./audit";
import { registerBackupCommands } from "./backup";
import { registerDemoCommand } from "./demo";
import { registerMigrateCommand } from "./migrate";
import { registerParseCommand } from "./parse";
import { registerServeCommand } from "./serve";
import { registerUserCommand } from "./user";

/** Each command lives in its own file and adds itself to the program here. */
export function registerCommands(program: Command): void {
  registerServeCommand(program);
  registerMigrateCommand(program);
  registerDemoCommand(program);
  registerUserCommand(program);
  registerAuditCommand(program);
  registerBackupCommands(program);
  registerParseCommand(program);
}
