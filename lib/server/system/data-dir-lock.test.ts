import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DataDirLockedError, acquireDataDirLock } from "./data-dir-lock";

function tempDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), "cw-lock-"));
}

describe("the data folder lock", () => {
  it("refuses a folder held by another live process", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "chuangwen.lock"), JSON.stringify({ pid: process.ppid }));
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
  });

  it("takes over a lock left by a process that is gone, and releases it", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "chuangwen.lock"), JSON.stringify({ pid: 2 ** 22 + 12345 }));
    const release = acquireDataDirLock(dir);
    expect(JSON.parse(fs.readFileSync(path.join(dir, "chuangwen.lock"), "utf8")).pid).toBe(process.pid);
    release();
    expect(fs.existsSync(path.join(dir, "chuangwen.lock"))).toBe(false);
  });
});
