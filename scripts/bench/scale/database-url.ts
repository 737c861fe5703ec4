import { loopbackRefusal } from "../../lib/scale/loopback";

// `npm run bench -- --scale` publishes into the scale province and times it: only ever on this machine's database.

/** Why the scale bench refuses `url` (missing, unreadable or not loopback), or null when it names this machine. */
export function scaleBenchRefusal(url: string | undefined): string | null {
  if (!url)
    return "npm run bench -- --scale 需要 DATABASE_URL 指向本机 PostgreSQL（如 postgresql://postgres@127.0.0.1:5432/bench_scale）。--scale needs DATABASE_URL naming a loopback PostgreSQL database.";
  if (!loopbackRefusal(url)) return null;
  let host = "";
  try {
    host = new URL(url).hostname;
  } catch {
    return "DATABASE_URL 不是有效的地址 (DATABASE_URL is not a valid URL)。";
  }
  return `npm run bench -- --scale 只在本机数据库上运行，拒绝 DATABASE_URL 的主机 ${host || "(空)"}：请使用 localhost、127.0.0.1 或 ::1 (refusing non-loopback host ${host || "(empty)"}).`;
}

/** The URL without its password, for the results file and the console. */
export function describeDatabaseUrl(url: string): string {
  const parsed = new URL(url);
  return `postgresql://${parsed.username ? `${parsed.username}@` : ""}${parsed.host}${parsed.pathname}`;
}
