import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Debian's Chromium; tests never download a browser. */
export const CHROMIUM_PATH = "/usr/bin/chromium";

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Whether browser tests can run here. In CI a missing Chromium is an error (a silent skip would hide it);
 * on a developer machine the suite is skipped with a note saying how to install it.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI === "true") throw new Error(`${CHROMIUM_PATH} is missing: install Debian's chromium package in CI`);
  console.warn(
    `[browser tests] skipped: ${CHROMIUM_PATH} not found. Install with: apt-get install -y chromium fonts-wqy-microhei`,
  );
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
