// Loads Prisma's schema engine compiled to WebAssembly.
// Preferred binary: the wasm inside the prisma CLI package, built from the
// engines commit the CLI expects. The CLI ships no JS glue for it, so the glue
// comes from @prisma/schema-engine-wasm; if its imports ever stop matching,
// that package's own (older) wasm is used instead. Node 20 cannot `import` a
// .wasm file, so the glue's entry point (schema_engine.js) is bypassed.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { log } from "./log.mjs";

const require = createRequire(import.meta.url);
const GLUE_MODULE = "./schema_engine_bg.js";
const glueUrl = import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg");

export const wasmCandidates = () => [
  path.join(path.dirname(require.resolve("prisma/build/index.js")), "schema_engine_bg.wasm"),
  path.join(path.dirname(fileURLToPath(glueUrl)), "schema_engine_bg.wasm"),
];

// The glue reports Rust panic messages through this global before the wasm
// traps (same shape as the registry the prisma CLI installs for its own wasm).
function installPanicRegistry() {
  if (globalThis.PRISMA_WASM_PANIC_REGISTRY) return;
  let message = "";
  globalThis.PRISMA_WASM_PANIC_REGISTRY = {
    get: () => message,
    set_message: (m) => { message = `RuntimeError: ${m}`; },
  };
}

const missingImports = (module, glue) =>
  WebAssembly.Module.imports(module)
    .filter((i) => i.module !== GLUE_MODULE || typeof glue[i.name] !== "function")
    .map((i) => i.name);

let compiled;
async function compileMatching(glue) {
  for (const file of wasmCandidates()) {
    const module = await WebAssembly.compile(await readFile(file));
    const missing = missingImports(module, glue);
    if (missing.length === 0) return module;
    log("WARN", `${file} does not match ${fileURLToPath(glueUrl)} (missing ${missing.join(", ")}); trying the next wasm`);
  }
  throw new Error("No schema engine wasm matches the @prisma/schema-engine-wasm glue");
}

let instances = 0;
/**
 * Returns a glue module (`SchemaEngine`, `version`) bound to a fresh wasm
 * instance. A fresh one per call, because an instance is unusable after a
 * failed SchemaEngine.new (it panics on the next one) — the query string
 * makes Node evaluate a separate copy of the glue module.
 */
export async function loadWasmEngine() {
  installPanicRegistry();
  const glue = await import(`${glueUrl}?instance=${++instances}`);
  compiled ??= compileMatching(glue);
  const instance = await WebAssembly.instantiate(await compiled, { [GLUE_MODULE]: glue });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return glue;
}
