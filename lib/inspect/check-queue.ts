import { newClientKey } from "./client-key";
import { openInspectDb, type InspectDatabase } from "./inspect-db";
import type { CheckDraft, QueuedCheck } from "./queued-check";
import { sendCheck, type SendResult } from "./send-check";

export type SendOutcome = { clientKey: string; result: SendResult | { kind: "busy" } | { kind: "gone" } };

type QueueOptions = {
  userId: string;
  send?: (check: QueuedCheck) => Promise<SendResult>;
  /** Told after every change, so the screen can show 待上传 n honestly. */
  onChange?: () => void;
  now?: () => Date;
  newKey?: () => string;
};

/**
 * The phone's queue of checks: a check is stored the moment it is entered and leaves only when
 * the server has it (201/200) or already holds one for the same item (409 CHECK_EXISTS). A refused
 * one stays, with the server's error, for the inspector to correct; a network or server failure
 * leaves it pending for the next flush. One key is never in flight twice from this queue, nor from
 * two tabs where the browser has Web Locks.
 */
export class CheckQueue {
  private readonly inFlight = new Set<string>();
  private lastSequence = 0;
  private readonly send: (check: QueuedCheck) => Promise<SendResult>;
  private readonly now: () => Date;
  private readonly newKey: () => string;

  constructor(
    private readonly db: InspectDatabase,
    private readonly options: QueueOptions,
  ) {
    this.send = options.send ?? ((check) => sendCheck(check));
    this.now = options.now ?? (() => new Date());
    this.newKey = options.newKey ?? newClientKey;
  }

  static async open(options: QueueOptions & { dbName?: string }): Promise<CheckQueue> {
    return new CheckQueue(await openInspectDb(options.dbName), options);
  }

  /** Stores a newly entered check with its one clientKey. */
  async enqueue(draft: CheckDraft): Promise<QueuedCheck> {
    const check: QueuedCheck = { ...draft, clientKey: this.newKey(), userId: this.options.userId, state: "PENDING", attempts: 0, ...this.stamp() };
    await this.db.put("checks", check);
    this.options.onChange?.();
    return check;
  }

  /** Replaces what a queued check says (same clientKey) and sends it again at the next flush. */
  async revise(clientKey: string, draft: CheckDraft): Promise<QueuedCheck | null> {
    if (this.inFlight.has(clientKey)) return null;
    const current = await this.get(clientKey);
    if (!current) return null;
    const revised: QueuedCheck = { ...current, ...draft, clientKey, userId: current.userId, state: "PENDING", error: undefined };
    await this.db.put("checks", revised);
    this.options.onChange?.();
    return revised;
  }

  private stamp(): { queuedAt: string; sequence: number } {
    const now = this.now();
    this.lastSequence = Math.max(now.getTime(), this.lastSequence + 1);
    return { queuedAt: now.toISOString(), sequence: this.lastSequence };
  }

  async get(clientKey: string): Promise<QueuedCheck | null> {
    const check = await this.db.get("checks", clientKey);
    return check && check.userId === this.options.userId ? check : null;
  }

  /** This user's queued checks, oldest first. */
  async list(): Promise<QueuedCheck[]> {
    const checks = await this.db.getAllFromIndex("checks", "byUser", this.options.userId);
    return checks.sort((a, b) => a.sequence - b.sequence);
  }

  async discard(clientKey: string): Promise<void> {
    if (!(await this.get(clientKey))) return;
    await this.db.delete("checks", clientKey);
    this.options.onChange?.();
  }

  /** Sends every pending check once, oldest first; stops at the first sign that the network is down. */
  async flush(): Promise<SendOutcome[]> {
    const outcomes: SendOutcome[] = [];
    for (const check of await this.list()) {
      if (check.state !== "PENDING") continue;
      const outcome = await this.sendOne(check.clientKey);
      outcomes.push(outcome);
      if (outcome.result.kind === "retry") break;
    }
    return outcomes;
  }

  /** Sends one queued check unless it is already on its way. */
  async sendOne(clientKey: string): Promise<SendOutcome> {
    if (this.inFlight.has(clientKey)) return { clientKey, result: { kind: "busy" } };
    this.inFlight.add(clientKey);
    try {
      return await withTabLock(clientKey, () => this.sendHeld(clientKey));
    } finally {
      this.inFlight.delete(clientKey);
    }
  }

  private async sendHeld(clientKey: string): Promise<SendOutcome> {
    // Read again: another tab may have sent or changed it meanwhile.
    const check = await this.get(clientKey);
    if (!check || check.state !== "PENDING") return { clientKey, result: { kind: "gone" } };
    const result = await this.send(check);
    const triedAt = this.now().toISOString();
    if (result.kind === "saved" || result.kind === "exists") await this.db.delete("checks", clientKey);
    else if (result.kind === "rejected")
      await this.db.put("checks", { ...check, state: "REJECTED", error: result.error, attempts: check.attempts + 1, lastTriedAt: triedAt });
    else await this.db.put("checks", { ...check, error: result.error, attempts: check.attempts + 1, lastTriedAt: triedAt });
    this.options.onChange?.();
    return { clientKey, result };
  }
}

type LockManagerLike = { request: (name: string, options: { ifAvailable: boolean }, callback: (lock: unknown) => Promise<unknown>) => Promise<unknown> };

/** Runs `fn` holding a browser-wide lock for the key; another tab holding it means "busy". */
async function withTabLock(clientKey: string, fn: () => Promise<SendOutcome>): Promise<SendOutcome> {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  if (!locks) return fn();
  let outcome: SendOutcome = { clientKey, result: { kind: "busy" } };
  await locks.request(`chuangwen-inspect-send:${clientKey}`, { ifAvailable: true }, async (lock) => {
    if (lock) outcome = await fn();
  });
  return outcome;
}
