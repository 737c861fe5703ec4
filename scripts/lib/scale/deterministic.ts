import { createHash } from "node:crypto";
import { seededRandom, type Random } from "@/prisma/seed/data/task-fates";

// Everything the scale seeder makes follows from --seed and the province code: the same pair gives
// the same rows (ids included); another province code gives other ids, so runs can share a database.

function hash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** A PRNG for one purpose (`stream`) of one run. */
export function scaleRandom(seed: string, province: string, stream: string): Random {
  return seededRandom(parseInt(hash(`${seed}\u0000${province}\u0000${stream}`).slice(0, 8), 16));
}

/** Ids shaped like UUIDs: 20 hex digits from the run, 12 from a counter. */
export function scaleIds(seed: string, province: string): () => string {
  const base = hash(`${seed}\u0000${province}\u0000ids`);
  let counter = 0;
  const prefix = `${base.slice(0, 8)}-${base.slice(8, 12)}-${base.slice(12, 16)}-${base.slice(16, 20)}-`;
  return () => `${prefix}${(counter++).toString(16).padStart(12, "0")}`;
}
