import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { CheckQueue } from "./check-queue";
import type { CheckDraft, QueuedCheck } from "./queued-check";
import type { SavedCheck, SendResult } from "./send-check";

let dbCount = 0;
const freshDbName = () => `inspect-test-${++dbCount}-${Math.random().toString(36).slice(2)}`;

const draft = (criterionId = "crit-1"): CheckDraft => ({
  roundId: "round-1",
  siteId: "site-1",
  criterionId,
  rubricKind: "DEDUCT",
  visitStatus: "INSPECTED",
  outcome: { findings: 2 },
  note: "占道经营",
  capturedAt: "2026-12-03T01:00:00.000Z",
  photos: [{ name: "photo-1.jpg", type: "image/jpeg", bytes: new Uint8Array([0xff, 0xd8, 0xff]).buffer }],
});

const saved = (check: QueuedCheck): SavedCheck => ({
  id: `check-${check.clientKey}`,
  clientKey: check.clientKey,
  criterionId: check.criterionId,
  siteId: check.siteId,
  visitStatus: check.visitStatus,
  version: 1,
});

/** A server that answers with the given results in order and records what it was sent. */
function fakeServer(...answers: Array<(check: QueuedCheck) => SendResult>) {
  const sent: QueuedCheck[] = [];
  const send = async (check: QueuedCheck) => {
    sent.push(check);
    const answer = answers[Math.min(sent.length - 1, answers.length - 1)];
    return answer(check);
  };
  return { sent, send };
}

describe("the check queue", () => {
  it("stores a check the moment it is entered, with one clientKey, photos included", async () => {
    const queue = await CheckQueue.open({ dbName: freshDbName(), userId: "u1", send: fakeServer().send });
    const queued = await queue.enqueue(draft());
    expect(queued.clientKey).toMatch(/^[0-9a-f-]{36}$/);
    const [stored] = await queue.list();
    expect(stored).toMatchObject({ clientKey: queued.clientKey, state: "PENDING", attempts: 0, outcome: { findings: 2 } });
    expect(new Uint8Array(stored.photos[0].bytes)).toEqual(new Uint8Array([0xff, 0xd8, 0xff]));
  });

  it("removes a check once the server has saved it (201, or 200 for the same key)", async () => {
    const server = fakeServer((check) => ({ kind: "saved", check: saved(check) }));
    const queue = await CheckQueue.open({ dbName: freshDbName(), userId: "u1", send: server.send });
    await queue.enqueue(draft("a"));
    await queue.enqueue(draft("b"));
    const outcomes = await queue.flush();
    expect(outcomes.map((o) => o.result.kind)).toEqual(["saved", "saved"]);
    expect(await queue.list()).toEqual([]);
    expect(server.sent.map((c) => c.criterionId)).toEqual(["a", "b"]);
  });

  it("drops a check the server already holds for that item (409 CHECK_EXISTS) and hands back the saved one", async () => {
    const server = fakeServer((check) => ({ kind: "exists", check: { ...saved(check), clientKey: "other" }, error: { status: 409, message: "已有检查记录" } }));
    const queue = await CheckQueue.open({ dbName: freshDbName(), userId: "u1", send: server.send });
    await queue.enqueue(draft());
    const [outcome] = await queue.flush();
    expect(outcome.result).toMatchObject({ kind: "exists", check: { clientKey: "other" } });
    expect(await queue.list()).toEqual([]);
  });

  it("keeps a refused check with the server's field errors, sends it no more until revised, then sends the same key", async () => {
    const server = fakeServer(
      () => ({ kind: "rejected", error: { status: 422, message: "输入有误", fieldErrors: { outcome: ["与评分规则不符"] } } }),
      (check) => ({ kind: "saved", check: saved(check) }),
    );
    const queue = await CheckQueue.open({ dbName: freshDbName(), userId: "u1", send: server.send });
    const queued = await queue.enqueue(draft());
    await queue.flush();
    const [rejected] = await queue.list();
    expect(rejected).toMatchObject({ state: "REJECTED", attempts: 1, error: { status: 422, fieldErrors: { outcome: ["与评分规则不符"] } } });

    expect(await queue.flush()).toEqual([]);
    expect(server.sent).toHaveLength(1);

    await queue.revise(queued.clientKey, { ...draft(), outcome: { findings: 1 } });
    const [revised] = await queue.list();
    expect(revised).toMatchObject({ state: "PENDING", clientKey: queued.clientKey, outcome: { findings: 1 } });
    expect(revised.error).toBeUndefined();
    await queue.flush();
    expect(server.sent.map((c) => c.clientKey)).toEqual([queued.clientKey, queued.clientKey]);
    expect(await queue.list()).toEqual([]);
  });

  it("keeps a check through a network failure and retries it with the same key; a failed send stops the flush", async () => {
    const server = fakeServer(
      () => ({ kind: "retry", reason: "offline" }),
      (check) => ({ kind: "saved", check: saved(check) }),
    );
    const queue = await CheckQueue.open({ dbName: freshDbName(), userId: "u1", send: server.send });
    const first = await queue.enqueue(draft("a"));
    await queue.enqueue(draft("b"));
    const outcomes = await queue.flush();
    expect(outcomes.map((o) => o.result.kind)).toEqual(["retry"]);
    expect((await queue.list()).map((c) => [c.state, c.attempts])).toEqual([
      ["PENDING", 1],
      ["PENDING", 0],
    ]);

    await queue.flush();
    expect(server.sent.map((c) => c.criterionId)).toEqual(["a", "a", "b"]);
    expect(server.sent[0].clientKey).toBe(first.clientKey);
    expect(server.sent[1].clientKey).toBe(first.clientKey);
    expect(await queue.list()).toEqual([]);
  });

  it("survives a reload: a new queue on the same database finds the checks and sends them", async () => {
    const dbName = freshDbName();
    const before = await CheckQueue.open({ dbName, userId: "u1", send: fakeServer(() => ({ kind: "retry", reason: "offline" })).send });
    const queued = await before.enqueue(draft());
    await before.flush();

    const server = fakeServer((check) => ({ kind: "saved", check: saved(check) }));
    const after = await CheckQueue.open({ dbName, userId: "u1", send: server.send });
    expect((await after.list()).map((c) => c.clientKey)).toEqual([queued.clientKey]);
    await after.flush();
    expect(server.sent.map((c) => c.clientKey)).toEqual([queued.clientKey]);
    expect(await after.list()).toEqual([]);
  });

  it("never has two sends of the same key in flight, however often it is flushed", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let inFlight = 0;
    let maxInFlight = 0;
    const sent: string[] = [];
    const send = async (check: QueuedCheck): Promise<SendResult> => {
      sent.push(check.clientKey);
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      await gate;
      inFlight--;
      return { kind: "saved", check: saved(check) };
    };
    const queue = await CheckQueue.open({ dbName: freshDbName(), userId: "u1", send });
    const queued = await queue.enqueue(draft());
    const flushes = [queue.flush(), queue.flush(), queue.sendOne(queued.clientKey), queue.flush()];
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    const outcomes = await Promise.all(flushes);
    expect(sent).toEqual([queued.clientKey]);
    expect(maxInFlight).toBe(1);
    expect(outcomes.flat().filter((o) => "result" in o && o.result.kind === "saved")).toHaveLength(1);
    expect(await queue.list()).toEqual([]);
  });

  it("sends only the signed-in user's checks", async () => {
    const dbName = freshDbName();
    const other = await CheckQueue.open({ dbName, userId: "someone-else", send: fakeServer().send });
    await other.enqueue(draft());
    const server = fakeServer((check) => ({ kind: "saved", check: saved(check) }));
    const mine = await CheckQueue.open({ dbName, userId: "u1", send: server.send });
    expect(await mine.list()).toEqual([]);
    await mine.flush();
    expect(server.sent).toEqual([]);
    expect(await other.list()).toHaveLength(1);
  });
});
