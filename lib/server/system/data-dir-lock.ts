import fs from "node:fs";
import path from "node:path";

// PGlite does not lock its data folder, and two owners corrupt it. This lock makes a second
// `npm start` on the same folder refuse with a clear message instead.

export class DataDirLockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly ownerPid: number,
  ) {
    super(
      `数据目录已被另一个进程（PID ${ownerPid}）占用：${path.dirname(lockFile)}。` +
        `请先停止该进程，或用 DATA_DIR 指定另一个目录。 ` +
        `(The data folder is in use by process ${ownerPid}; stop it or choose another DATA_DIR.)`,
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOwner(lockFile: string): number | undefined {
  try {
    const pid = Number(JSON.parse(fs.readFileSync(lockFile, "utf8")).pid);
    return Number.isInteger(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Takes the lock for this process; returns a release function. Stale locks are taken over. */
export function acquireDataDirLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(dataDir, "chuangwen.lock");
  const owner = readOwner(lockFile);
  if (owner !== undefined && owner !== process.pid && isAlive(owner)) {
    throw new DataDirLockedError(lockFile, owner);
  }
  fs.writeFileSync(lockFile, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }));
  return () => {
    if (readOwner(lockFile) === process.pid) fs.rmSync(lockFile, { force: true });
  };
}
