// `schema-engine --datasource <json> cli <command>`: the CLI runs these before
// `migrate dev`/`migrate reset` to create a missing database. It only looks at
// the exit code and, on failure, at stderr lines 2..n as JSON log records.
import { log } from "./log.mjs";
import { canConnect, createDatabase, dropDatabase } from "./pg-admin.mjs";

const COMMANDS = {
  "can-connect-to-database": (url) => canConnect(url),
  "create-database": async (url) => {
    const name = await createDatabase(url);
    process.stdout.write(`Database '${name}' was successfully created.\n`);
  },
  "drop-database": async (url) => {
    await dropDatabase(url);
    process.stdout.write("The database was successfully dropped.\n");
  },
};

export async function runOneShot(command, datasource) {
  // The CLI discards the first stderr line.
  log("INFO", "Starting schema engine CLI (offline wasm bridge)", { command });
  try {
    if (!COMMANDS[command]) throw new Error(`Unknown command: cli ${command ?? ""}`.trim());
    if (!datasource.url) throw new Error("Missing --datasource with a url.");
    await COMMANDS[command](datasource.url);
    return 0;
  } catch (error) {
    log("ERROR", String(error.message ?? error), { is_panic: false, error_code: error.code?.startsWith?.("P") ? error.code : undefined }, "schema_engine::logger");
    return 1;
  }
}
