// Tests may wipe and fill their database: never let them near a server that is not this machine.
export function assertLoopbackDatabaseUrl(url: string): void {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  const isLoopback = host === "localhost" || host === "::1" || /^127\./.test(host);
  if (!isLoopback) {
    throw new Error(`测试拒绝使用非本机数据库 (tests refuse a non-loopback DATABASE_URL): ${host}`);
  }
}
