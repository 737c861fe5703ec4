// The scale seeder writes millions of rows and may delete a province (--reset): only ever on this machine.

/** Why the URL is refused (a non-loopback or unreadable host), or null when it names this machine. */
export function loopbackRefusal(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  } catch {
    return "DATABASE_URL 不是有效的地址 (DATABASE_URL is not a valid URL)。";
  }
  if (host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host)) return null;
  return `seed:scale 只写入本机数据库，拒绝 DATABASE_URL 的主机 ${host || "(空)"}：请使用 localhost、127.0.0.1 或 ::1 (refusing non-loopback host ${host || "(empty)"}).`;
}
