// The CLI parses the engine's stderr as JSON lines (tracing's JSON format), so
// every diagnostic this process emits must be one JSON object per line.
import { format } from "node:util";

export function log(level, message, fields = {}, target = "schema_engine::offline_bridge") {
  const line = { timestamp: new Date().toISOString(), level, fields: { message, ...fields }, target };
  process.stderr.write(JSON.stringify(line) + "\n");
}

/** Engine log callback: already JSON, only the trailing newline has to go. */
export function forwardEngineLog(line) {
  const text = String(line).trim();
  if (text) process.stderr.write(text.replace(/\n/g, " ") + "\n");
}

/** Stray console output from libraries would corrupt stdout (the JSON-RPC channel). */
export function routeConsoleToStderr() {
  for (const [name, level] of [["log", "INFO"], ["info", "INFO"], ["debug", "DEBUG"], ["warn", "WARN"], ["error", "ERROR"]]) {
    console[name] = (...args) => log(level, format(...args));
  }
}
