import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { BenchServer } from "../serve-for-bench";

// A bare Next.js app built with this project's next, react and react-dom: a root layout, `/`
// answering <p>hi</p> (the baseline of first-load JavaScript), `/large` (a 1,000-row table, about the
// size of a public page), both prerendered, and the same static page as the app's: the baseline of
// serving a prerendered page. It lives in .data-bench/ (ignored by git, ESLint,
// Prettier and tsc like every .data-* folder) inside the project, because Turbopack compiles nothing
// outside the folder of the lockfile; it is rebuilt only when the versions or its files change.
export const BARE_DIR = path.join(".data-bench", "bare-next");
export const STATIC_PAGE = "static-baseline.html";
const APP_STATIC_PAGE = path.join("public", "cities", STATIC_PAGE);
const KEY_FILE = "bench-key.json";
const START_TIMEOUT_MS = 60_000;

export const LARGE_PATH = "/large";
const LARGE_PAGE = `const rows = Array.from({ length: 1000 }, (_, i) => i + 1);

export default function Large() {
  return (
    <table>
      <tbody>
        {rows.map((row) => (
          <tr key={row}>
            <td>第 {row} 名</td>
            <td>责任单位 {row}</td>
            <td>{(100 - row / 20).toFixed(2)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
`;

function files(): Record<string, string> {
  return {
    "package.json": `${JSON.stringify({ name: "bare-next", private: true, type: "module" })}\n`,
    "next.config.mjs": "export default {};\n",
    "app/layout.js":
      'export default function RootLayout({ children }) {\n  return (\n    <html lang="zh-CN">\n      <body>{children}</body>\n    </html>\n  );\n}\n',
    "app/page.js": "export default function Page() {\n  return <p>hi</p>;\n}\n",
    "app/large/page.js": LARGE_PAGE,
    [`public/${STATIC_PAGE}`]: fs.readFileSync(APP_STATIC_PAGE, "utf8"),
  };
}

const version = (name: string) => (JSON.parse(fs.readFileSync(path.join("node_modules", name, "package.json"), "utf8")) as { version: string }).version;

/** Builds the bare app unless the build on disk was made from the same versions and files. */
export function ensureBareNext(): void {
  const sources = files();
  const key = JSON.stringify({ next: version("next"), react: version("react"), reactDom: version("react-dom"), sources });
  const keyFile = path.join(BARE_DIR, KEY_FILE);
  if (fs.existsSync(path.join(BARE_DIR, ".next", "BUILD_ID")) && fs.existsSync(keyFile) && fs.readFileSync(keyFile, "utf8") === key) {
    console.log("✓ bare Next.js baseline is built");
    return;
  }
  fs.rmSync(BARE_DIR, { recursive: true, force: true });
  for (const [file, text] of Object.entries(sources)) {
    fs.mkdirSync(path.dirname(path.join(BARE_DIR, file)), { recursive: true });
    fs.writeFileSync(path.join(BARE_DIR, file), text);
  }
  console.log(`… building the bare Next.js baseline in ${BARE_DIR}`);
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build", BARE_DIR], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`building the bare Next.js baseline failed (exit ${result.status})`);
  fs.writeFileSync(keyFile, key);
}

/** `next start` of the bare app on a loopback port; resolves once its page answers. */
export async function serveBareNext(port: number): Promise<BenchServer> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", BARE_DIR, "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    stdio: "ignore",
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await exited;
    }
  };
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline && child.exitCode === null) {
    const ok = await fetch(baseUrl)
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return { baseUrl, stop };
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  await stop();
  throw new Error("the bare Next.js baseline did not start");
}
