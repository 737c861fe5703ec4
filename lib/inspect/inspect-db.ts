import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { QueuedCheck } from "./queued-check";

export const INSPECT_DB_NAME = "chuangwen-inspect";
const VERSION = 1;

export interface InspectDb extends DBSchema {
  checks: { key: string; value: QueuedCheck; indexes: { byUser: string } };
}

export type InspectDatabase = IDBPDatabase<InspectDb>;

/** The phone's own store of checks not yet saved on the server. */
export function openInspectDb(name: string = INSPECT_DB_NAME): Promise<InspectDatabase> {
  return openDB<InspectDb>(name, VERSION, {
    upgrade(db) {
      const checks = db.createObjectStore("checks", { keyPath: "clientKey" });
      checks.createIndex("byUser", "userId");
    },
  });
}
