import fs from "node:fs";
import { createRequire } from "node:module";

// Preloaded into the app the public bench starts (NODE_OPTIONS=--import=…): counts the SQL statements
// the embedded database runs. Every statement, in a transaction or not, starts with a Parse ("P") or
// a simple Query ("Q") message through PGlite's execProtocolStream. The count goes to the file named
// by CHUANGWEN_BENCH_QUERY_COUNT_FILE a few times a second, once the process has run a statement (the
// tsx launcher's own process loads this too, and never opens a database).
const file = process.env.CHUANGWEN_BENCH_QUERY_COUNT_FILE;
const PARSE = 0x50;
const SIMPLE_QUERY = 0x51;
let count = 0;
let written = -1;

function write() {
  if (count === written) return;
  written = count;
  fs.writeFileSync(`${file}.tmp`, String(count));
  fs.renameSync(`${file}.tmp`, file);
}

function patch(PGlite) {
  const original = PGlite?.prototype?.execProtocolStream;
  if (!original || original.__counted) return;
  const counted = function (message, options) {
    if (message?.[0] === PARSE || message?.[0] === SIMPLE_QUERY) {
      if (count === 0) setInterval(write, 200).unref();
      count += 1;
    }
    return original.call(this, message, options);
  };
  counted.__counted = true;
  PGlite.prototype.execProtocolStream = counted;
}

if (file) {
  // The launcher imports the ES module; Next's server code requires the CommonJS build. Both are patched.
  patch((await import("@electric-sql/pglite")).PGlite);
  patch(createRequire(import.meta.url)("@electric-sql/pglite").PGlite);
}
