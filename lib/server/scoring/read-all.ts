import { db, type Db } from "@/lib/db";
import type { Tx } from "@/lib/server/tx";

type Reads = readonly (() => Promise<unknown>)[];
type Results<T extends Reads> = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };

/**
 * Runs independent reads concurrently on the pool (each takes its own connection), and one after another
 * inside a transaction: there they share one node-postgres connection, which only queues overlapping
 * queries (deprecated in pg 8, removed in pg 9) and gains nothing from them.
 */
export async function readAll<const T extends Reads>(client: Db | Tx, reads: T): Promise<Results<T>> {
  if (client === db()) return (await Promise.all(reads.map((read) => read()))) as Results<T>;
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as Results<T>;
}
