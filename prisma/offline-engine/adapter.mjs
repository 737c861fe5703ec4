// Driver adapter for the wasm schema engine: @prisma/adapter-pg with three
// fixes the engine needs (see docs/decisions/001-offline-schema-engine.md):
// internal catalog types, atomic migration scripts, and a real shadow database.
import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { log } from "./log.mjs";
import { createNoDatabaseAdapter, NO_URL_MESSAGE } from "./no-database-adapter.mjs";
import { createDatabase, describeUrl, dropDatabase, quoteIdent, toUserFacingError, withDatabase } from "./pg-admin.mjs";

const TEXT_OID = 25;
// Catalog types the schema describer selects (pg_constraint.contype,
// confdeltype, ... are "char", OID 18) that adapter-pg rejects as
// UnsupportedNativeDataType. Their text form is all the engine needs.
const CATALOG_TEXT_OIDS = new Set([18]);

function readCatalogTypesAsText(queryable) {
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result?.fields ?? []) {
      if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
    return result;
  };
  return queryable;
}

// adapter-pg splits scripts on ";" (breaking $$-quoted bodies) and runs the
// pieces one by one. One simple-protocol query keeps the script intact, and
// PostgreSQL runs a multi-statement simple query as a single implicit
// transaction, so a failing migration rolls back completely — the same way
// the native engine (raw_cmd) applies it.
function runScriptsAsOneQuery(adapter) {
  adapter.executeScript = async (script) => {
    try {
      await adapter.client.query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  return adapter;
}

async function connect(url) {
  const { schema } = describeUrl(url);
  const factory = new PrismaPg({ connectionString: url }, schema ? { schema } : undefined);
  const adapter = await factory.connect();
  // Fail here with a Prisma error code rather than on the engine's first query.
  await adapter.client.query("SELECT 1").catch(async (error) => {
    await adapter.dispose();
    throw toUserFacingError(error, url);
  });
  readCatalogTypesAsText(adapter);
  runScriptsAsOneQuery(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => readCatalogTypesAsText(await startTransaction(...args));
  return adapter;
}

const temporaryShadowDatabases = new Set();

/** adapter-pg's connectToShadowDb() ends up on the main database; create a real one. */
async function connectToTemporaryShadowDb(mainUrl) {
  const base = describeUrl(mainUrl).database || "prisma";
  const name = `${base.slice(0, 40)}_shadow_${randomBytes(6).toString("hex")}`;
  const shadowUrl = withDatabase(mainUrl, name);
  await createDatabase(shadowUrl);
  temporaryShadowDatabases.add(shadowUrl);
  log("INFO", `Created temporary shadow database \`${name}\``);
  const adapter = await connect(shadowUrl);
  const release = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    await release();
    await dropDatabase(shadowUrl);
    temporaryShadowDatabases.delete(shadowUrl);
    log("INFO", `Dropped temporary shadow database \`${name}\``);
  };
  return adapter;
}

// The native engine empties a configured shadowDatabaseUrl before replaying
// migrations into it; the wasm engine assumes it is empty.
async function connectToConfiguredShadowDb(shadowUrl) {
  const adapter = await connect(shadowUrl);
  const schema = quoteIdent(describeUrl(shadowUrl).schema ?? "public");
  await adapter.executeScript(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema};`);
  return adapter;
}

/** Drops shadow databases the engine did not dispose of (e.g. after an error). */
export async function dropTemporaryShadowDatabases() {
  await Promise.allSettled([...temporaryShadowDatabases].map((url) => dropDatabase(url)));
  temporaryShadowDatabases.clear();
}

export function createAdapterFactory({ url, shadowDatabaseUrl }) {
  return bindMigrationAwareSqlAdapterFactory({
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: async () => (url ? connect(url) : createNoDatabaseAdapter()),
    connectToShadowDb: async () => {
      if (shadowDatabaseUrl) return connectToConfiguredShadowDb(shadowDatabaseUrl);
      if (url) return connectToTemporaryShadowDb(url);
      throw new Error(NO_URL_MESSAGE);
    },
  });
}
