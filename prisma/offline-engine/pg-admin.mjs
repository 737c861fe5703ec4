// Database-level operations (outside any Prisma schema): connection checks,
// CREATE/DROP DATABASE, and mapping connection failures to Prisma error codes.
import pg from "pg";
import { UserFacingError } from "./errors.mjs";

const MAINTENANCE_DATABASES = ["postgres", "template1"];

export function describeUrl(url) {
  const parsed = new URL(url);
  return {
    database: decodeURIComponent(parsed.pathname.replace(/^\//, "")),
    user: decodeURIComponent(parsed.username),
    location: `${parsed.hostname || "localhost"}:${parsed.port || 5432}`,
    schema: parsed.searchParams.get("schema") ?? undefined,
  };
}

export function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = "/" + encodeURIComponent(database);
  return parsed.toString();
}

export const quoteIdent = (name) => `"${String(name).replace(/"/g, '""')}"`;

export function toUserFacingError(error, url) {
  if (error instanceof UserFacingError) return error;
  const { database, user, location } = describeUrl(url);
  switch (error?.code) {
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EHOSTUNREACH":
    case "ETIMEDOUT":
    case "EAI_AGAIN":
      return new UserFacingError("P1001", `Can't reach database server at \`${location}\`\n\nPlease make sure your database server is running at \`${location}\`.`, { database_location: location });
    case "28P01":
    case "28000":
      return new UserFacingError("P1000", `Authentication failed against database server, the provided database credentials for \`${user}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at \`${location}\`.`, { database_user: user, database_host: location });
    case "3D000":
      return new UserFacingError("P1003", `Database \`${database}\` does not exist on the database server at \`${location}\`.`, { database_name: database, database_location: location });
    case "42P04":
      return new UserFacingError("P1009", `Database \`${database}\` already exists on the database server at \`${location}\``, { database_name: database, database_host: location });
    case "42501":
      return new UserFacingError("P1010", `User \`${user}\` was denied access on the database \`${database}\``, { database_user: user, database_name: database });
    default:
      return error instanceof Error ? error : new Error(String(error));
  }
}

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {}); // a dropped idle connection must not crash the bridge
  try {
    await client.connect();
    return await fn(client);
  } catch (error) {
    throw toUserFacingError(error, url);
  } finally {
    await client.end().catch(() => {});
  }
}

export async function canConnect(url) {
  await withClient(url, (client) => client.query("SELECT 1"));
}

/** Runs `sql` from a maintenance database on the same server as `url`. */
async function onServer(url, sql) {
  let lastError;
  for (const maintenance of MAINTENANCE_DATABASES) {
    try {
      return await withClient(withDatabase(url, maintenance), (client) => client.query(sql));
    } catch (error) {
      lastError = error;
      if (error.code !== "P1003") break;
    }
  }
  throw lastError;
}

export async function createDatabase(url) {
  const { database } = describeUrl(url);
  if (!database) throw new UserFacingError("P1012", "The datasource URL does not name a database.");
  await onServer(url, `CREATE DATABASE ${quoteIdent(database)}`);
  return database;
}

export async function dropDatabase(url) {
  const { database } = describeUrl(url);
  await onServer(url, `DROP DATABASE IF EXISTS ${quoteIdent(database)}`);
}
