import type { Tx } from "@/lib/server/tx";

// Work that must see committed data (dropping the public pages' cached figures) cannot run inside
// the transaction: a visitor's request between the drop and the commit would cache the old data
// again. Code deep inside a use case registers it on the transaction client; the use case runs it
// once the transaction has committed, and drops it when the transaction rolls back.
const pending = new WeakMap<object, (() => void)[]>();

/** Runs `fn` after the transaction `tx` commits (never if it rolls back). */
export function afterCommit(tx: Tx, fn: () => void): void {
  const list = pending.get(tx) ?? [];
  list.push(fn);
  pending.set(tx, list);
}

/** Called by the transaction's owner once it committed. A failing hook never fails the request. */
export function runAfterCommit(tx: Tx): void {
  const list = pending.get(tx) ?? [];
  pending.delete(tx);
  for (const fn of list) {
    try {
      fn();
    } catch (error) {
      console.error("after-commit hook failed", error);
    }
  }
}

/** A transaction through `run` that runs its after-commit hooks: for scripts and the seed. */
export async function withAfterCommit<R>(transaction: (fn: (tx: Tx) => Promise<R>) => Promise<R>, fn: (tx: Tx) => Promise<R>): Promise<R> {
  let client: Tx | undefined;
  const result = await transaction(async (tx) => {
    client = tx;
    return fn(tx);
  });
  if (client) runAfterCommit(client);
  return result;
}
