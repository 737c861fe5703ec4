// Failed sign-ins per client address, in memory: a sliding window of failures. The per-account
// lockout lives in the database; this stops one address from trying many accounts.
const WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILURES_PER_WINDOW = 30;
const failures = new Map<string, number[]>();

function recent(ip: string, now: number): number[] {
  const kept = (failures.get(ip) ?? []).filter((t) => now - t < WINDOW_MS);
  failures.set(ip, kept);
  return kept;
}

export function isIpThrottled(ip: string, now = Date.now()): boolean {
  return recent(ip, now).length >= MAX_FAILURES_PER_WINDOW;
}

export function recordIpFailure(ip: string, now = Date.now()): void {
  recent(ip, now).push(now);
}

export function resetIpThrottle(): void {
  failures.clear();
}
