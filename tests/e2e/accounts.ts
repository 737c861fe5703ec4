import path from "node:path";

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? "Demo@2026";

export const ACCOUNTS = {
  admin: "admin@demo.local",
  supervisor: "supervisor@demo.local",
  office: "office@demo.local",
  inspector: "inspector@demo.local",
  liaison: "liaison@demo.local",
} as const;
export type AccountKey = keyof typeof ACCOUNTS;

export function storageStatePath(account: AccountKey): string {
  return path.resolve("test-results", ".auth", `${account}.json`);
}
