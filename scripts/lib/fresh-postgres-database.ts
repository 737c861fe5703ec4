import { Client } from "pg";

/** Runs `fn` with the URL of a new, empty database on the same server, dropped afterwards. */
export async function withFreshPostgresDatabase<T>(baseUrl: string, suffix: string, fn: (url: string) => Promise<T>): Promise<T> {
  const url = new URL(baseUrl);
  const name = `${url.pathname.slice(1) || "chuangwen"}_${suffix}`.replace(/[^A-Za-z0-9_]/g, "_");
  url.pathname = `/${name}`;
  const admin = new Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
    return await fn(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
}
