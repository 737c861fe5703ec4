// Entry point: stands in for Prisma's native schema-engine binary, which the
// CLI cannot download offline. Same argv, same stdio protocol, backed by the
// wasm build of the same engine.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { createAdapterFactory, dropTemporaryShadowDatabases } from "./adapter.mjs";
import { createMethodHandler } from "./engine-methods.mjs";
import { isPanic, panicMessage } from "./errors.mjs";
import { serveJsonRpc } from "./json-rpc.mjs";
import { loadWasmEngine } from "./load-wasm-engine.mjs";
import { forwardEngineLog, log, routeConsoleToStderr } from "./log.mjs";
import { runOneShot } from "./one-shot.mjs";

const EXIT_PANIC = 101; // what the native engine exits with; the CLI reports it as a panic
// The wasm engine panics on an empty datamodel list, while the CLI starts the
// engine without --datamodels for e.g. `migrate diff`. This bridge is
// PostgreSQL-only, so a bare datasource block is an equivalent stand-in.
const FALLBACK_DATAMODEL = ["schema.prisma", 'datasource db {\n  provider = "postgresql"\n}\n'];

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    datamodels: { type: "string", multiple: true },
    datasource: { type: "string" },
    "enabled-preview-features": { type: "string" },
    "extension-types": { type: "string" },
    version: { type: "boolean", short: "V" },
    help: { type: "boolean", short: "h" },
  },
});

routeConsoleToStderr();
const datasource = args.datasource ? JSON.parse(args.datasource) : {};

if (args.version) {
  const { version } = await loadWasmEngine();
  process.stdout.write(`schema-engine-cli ${version()}\n`);
} else if (args.help) {
  process.stdout.write("Usage: schema-engine [--datamodels <file>]... [--datasource <json>] [cli <can-connect-to-database|create-database|drop-database>]\n");
} else if (positionals[0] === "cli") {
  process.exitCode = await runOneShot(positionals[1], datasource);
} else {
  serveRpc();
}

function serveRpc() {
  const adapterFactory = createAdapterFactory(datasource);
  let enginePromise;
  const getEngine = () => {
    enginePromise ??= (async () => {
      const { SchemaEngine } = await loadWasmEngine();
      const datamodels = await Promise.all((args.datamodels ?? []).map(async (file) => [file, await readFile(file, "utf8")]));
      if (datamodels.length === 0) datamodels.push(FALLBACK_DATAMODEL);
      return SchemaEngine.new({ datamodels }, forwardEngineLog, adapterFactory);
    })().catch((error) => {
      enginePromise = undefined; // let the next request retry, e.g. after create-database
      throw error;
    });
    return enginePromise;
  };

  const handle = createMethodHandler(getEngine, { datasource, errorRegistry: adapterFactory.errorRegistry });
  const exit = async (code) => {
    await dropTemporaryShadowDatabases();
    process.exit(code);
  };

  serveJsonRpc(
    async (method, params, context) => {
      try {
        return await handle(method, params, context);
      } catch (error) {
        // A wasm instance is unusable after a Rust panic; exit once the error reply is out.
        if (isPanic(error)) setImmediate(() => exit(EXIT_PANIC));
        throw error;
      }
    },
    { onClose: () => exit(0) },
  );
  // The CLI ends stdin and then immediately sends SIGTERM.
  process.on("SIGTERM", () => exit(0));
  // Panics inside the engine's async tasks surface here rather than as a rejected
  // request; report them like the native engine (ERROR log line, exit code 101).
  process.on("uncaughtException", (error) => {
    const panic = isPanic(error);
    log("ERROR", panic ? panicMessage(error) : String(error?.stack ?? error), { is_panic: panic }, "schema_engine::logger");
    exit(panic ? EXIT_PANIC : 1);
  });
}
