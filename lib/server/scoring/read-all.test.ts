import { describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db";
import type { Tx } from "@/lib/server/tx";

const pool = vi.hoisted(() => ({ name: "pool" }));
vi.mock("@/lib/db", () => ({ db: () => pool }));
const { readAll } = await import("./read-all");

/** Reads that log when they start and end, each taking a few macrotasks. */
function loggedReads(log: string[]) {
  const read = (name: string, value: number) => async () => {
    log.push(`start ${name}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
    log.push(`end ${name}`);
    return value;
  };
  return [read("a", 1), read("b", 2), read("c", 3)] as const;
}

describe("readAll", () => {
  it("runs the reads concurrently on the pool", async () => {
    const log: string[] = [];
    expect(await readAll(pool as unknown as Db, loggedReads(log))).toEqual([1, 2, 3]);
    expect(log.slice(0, 3)).toEqual(["start a", "start b", "start c"]);
  });

  it("runs them one after another on any other client (a transaction's single connection), results in order", async () => {
    const log: string[] = [];
    const tx = { name: "tx" } as unknown as Tx;
    expect(await readAll(tx, loggedReads(log))).toEqual([1, 2, 3]);
    expect(log).toEqual(["start a", "end a", "start b", "end b", "start c", "end c"]);
  });
});
