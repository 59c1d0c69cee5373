import { customType } from "drizzle-orm/pg-core";

/** Binary content (original plan files, evidence); both drivers hand back bytes. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => Buffer.from(value),
});
