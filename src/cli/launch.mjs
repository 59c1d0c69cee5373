// Registers tsx so that the CLI runs straight from TypeScript sources after `npm ci`.
import { register } from "tsx/esm/api";

register();
await import("./main.ts");
