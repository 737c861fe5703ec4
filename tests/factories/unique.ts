import crypto from "node:crypto";
import type { Db } from "@/lib/db";
import type { Tx } from "@/lib/server/tx";

/** Factories work on the client itself or inside a transaction. */
export type FactoryClient = Tx | Db;

let counter = 0;

// Tests on a shared PostgreSQL database never reset it, so every natural key a factory invents
// gets a per-process counter plus randomness (several processes run at once).
export function uniqueSuffix(): string {
  counter += 1;
  return `${counter.toString(36)}${crypto.randomBytes(4).toString("hex")}`;
}
