import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

// The bench's side of query-counter.mjs: the variables that make the app count its SQL statements,
// and the count as the app last wrote it.
const PRELOAD = path.join(import.meta.dirname, "query-counter.mjs");
// The preload writes every 200 ms; waiting longer makes a read include every statement sent before it.
const SETTLE_MS = 500;

export type QueryCounter = { env: Record<string, string>; read: () => Promise<number>; dispose: () => void };

export function createQueryCounter(): QueryCounter {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "chuangwen-bench-queries-"));
  const file = path.join(folder, "count");
  const nodeOptions = [process.env.NODE_OPTIONS, `--import=${pathToFileURL(PRELOAD).href}`].filter(Boolean).join(" ");
  return {
    env: { NODE_OPTIONS: nodeOptions, CHUANGWEN_BENCH_QUERY_COUNT_FILE: file },
    read: async () => {
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      return fs.existsSync(file) ? Number(fs.readFileSync(file, "utf8")) : 0;
    },
    dispose: () => fs.rmSync(folder, { recursive: true, force: true }),
  };
}
