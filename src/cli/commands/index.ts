import type { Command } from "commander";
import { registerParseCommand } from "./parse";

/** Each command lives in its own file and adds itself to the program here. */
export function registerCommands(program: Command): void {
  registerParseCommand(program);
}
