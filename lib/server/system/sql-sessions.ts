import type { PGlite } from "@electric-sql/pglite";
import type { Client } from "pg";
import type { SqlSession } from "./migrations";

export function pgliteSession(pglite: PGlite): SqlSession {
  return {
    async query<T>(sql: string, params: unknown[] = []) {
      return (await pglite.query<T>(sql, params)).rows;
    },
    async exec(script: string) {
      await pglite.exec(script);
    },
  };
}

export function pgSession(client: Client): SqlSession {
  return {
    async query<T>(sql: string, params: unknown[] = []) {
      return (await client.query(sql, params)).rows as T[];
    },
    async exec(script: string) {
      await client.query(script);
    },
  };
}
