// Maps the CLI's JSON-RPC methods onto the wasm SchemaEngine's JS methods.
// Most are 1:1; the exceptions are where the native engine's RPC surface and
// the wasm API differ.
import { UserFacingError } from "./errors.mjs";
import { createDatabase } from "./pg-admin.mjs";

const NOT_RPC_METHODS = new Set(["constructor", "free"]);

// The wasm engine only wires up its shadow-database factory inside
// diagnoseMigrationHistory/devDiagnostic; called first, createMigration and
// evaluateDataLoss fail with this message. Run the diagnosis once, then retry.
const NO_SHADOW_FACTORY = "shadow DB must be provided through an external factory";

async function withShadowFactory(engine, method, params) {
  try {
    return await engine[method](params);
  } catch (error) {
    if (!String(error?.message).includes(NO_SHADOW_FACTORY) || !params?.migrationsList) throw error;
    await engine.diagnoseMigrationHistory({ migrationsList: params.migrationsList, optInToShadowDatabase: true, filters: params.filters });
    return engine[method](params);
  }
}

// Errors thrown by our adapter code reach the engine as opaque "GenericJs"
// ids; the original error (often with a Prisma error code) is in the registry.
function resolveExternalError(error, errorRegistry) {
  const id = /External error id#(\d+)/.exec(String(error?.message))?.[1];
  return (id !== undefined && errorRegistry.consumeError(Number(id))?.error) || error;
}

export function createMethodHandler(getEngine, { datasource, errorRegistry }) {
  const special = {
    // The native engine answers the CLI's getDatabaseVersion; wasm calls it
    // version and ignores its params (the adapter decides the database).
    getDatabaseVersion: (engine) => engine.version(null),

    // wasm returns the diff text; the native engine prints it through the CLI.
    diff: async (engine, params, { request }) => {
      const { exitCode, stdout } = await engine.diff(params);
      if (stdout != null) await request("print", { content: stdout });
      return { exitCode };
    },

    createMigration: (engine, params) => withShadowFactory(engine, "createMigration", params),
    evaluateDataLoss: (engine, params) => withShadowFactory(engine, "evaluateDataLoss", params),
  };

  // Not part of the wasm API, and must not start the engine: it connects to
  // the database, which does not exist yet.
  const createDatabaseMethod = async (params) => {
    const url = params?.datasource?.tag === "ConnectionString" ? params.datasource.url : datasource.url;
    if (!url) throw new UserFacingError("P1012", "No datasource URL to create a database from.");
    return { databaseName: await createDatabase(url) };
  };

  const dispatch = async (method, params, context) => {
    if (method === "createDatabase") return createDatabaseMethod(params);
    const engine = await getEngine();
    if (special[method]) return special[method](engine, params, context);
    if (NOT_RPC_METHODS.has(method) || method.startsWith("_") || typeof engine[method] !== "function") {
      throw { code: -32601, message: `Method not found: ${method}` };
    }
    return engine[method](params);
  };

  return (method, params, context) =>
    dispatch(method, params, context).catch((error) => {
      throw resolveExternalError(error, errorRegistry);
    });
}
