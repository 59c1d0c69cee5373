import type { Clock } from "../config/clock";
import { AUTH_SETTINGS } from "../config/settings";

/** Per-IP limit on failed logins, in memory: an account's own lockout is kept in the database. */
export class IpLoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly clock: Clock) {}

  isBlocked(ip: string): boolean {
    return this.recent(ip).length >= AUTH_SETTINGS.ipFailuresPerWindow;
  }

  recordFailure(ip: string): void {
    const list = this.recent(ip);
    list.push(this.clock.now().getTime());
    this.failures.set(ip, list);
    if (this.failures.size > 10_000) this.prune();
  }

  private recent(ip: string): number[] {
    const since = this.clock.now().getTime() - AUTH_SETTINGS.ipWindowMs;
    return (this.failures.get(ip) ?? []).filter((t) => t > since);
  }

  private prune(): void {
    for (const ip of [...this.failures.keys()]) {
      if (this.recent(ip).length === 0) this.failures.delete(ip);
    }
  }
}
