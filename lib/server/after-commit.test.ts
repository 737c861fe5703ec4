import { describe, expect, it, vi } from "vitest";
import { afterCommit, withAfterCommit } from "./after-commit";
import type { Tx } from "./tx";

const fakeTransaction =
  (fail: boolean) =>
  async <R>(fn: (tx: Tx) => Promise<R>) => {
    const result = await fn({} as Tx);
    if (fail) throw new Error("rolled back");
    return result;
  };

describe("afterCommit", () => {
  it("runs the hooks once the transaction committed, in order", async () => {
    const calls: string[] = [];
    const result = await withAfterCommit(fakeTransaction(false), async (tx) => {
      afterCommit(tx, () => calls.push("a"));
      afterCommit(tx, () => calls.push("b"));
      expect(calls).toEqual([]);
      return 7;
    });
    expect(result).toBe(7);
    expect(calls).toEqual(["a", "b"]);
  });

  it("never runs them when the transaction rolls back", async () => {
    const hook = vi.fn();
    await expect(withAfterCommit(fakeTransaction(true), async (tx) => afterCommit(tx, hook))).rejects.toThrow("rolled back");
    expect(hook).not.toHaveBeenCalled();
  });

  it("a failing hook does not fail the committed work nor stop the others", async () => {
    const hook = vi.fn();
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    await withAfterCommit(fakeTransaction(false), async (tx) => {
      afterCommit(tx, () => {
        throw new Error("boom");
      });
      afterCommit(tx, hook);
    });
    expect(hook).toHaveBeenCalledOnce();
    spy.mockRestore();
  });
});
