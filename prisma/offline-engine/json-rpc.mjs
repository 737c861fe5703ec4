// Line-delimited JSON-RPC 2.0 over stdin/stdout, as the Prisma CLI speaks it to
// the native schema-engine. Also lets the engine send requests to the CLI
// (the CLI answers "print" requests).
import readline from "node:readline";
import { toRpcError } from "./errors.mjs";

export function serveJsonRpc(handleRequest, { onClose }) {
  const pendingOutgoing = new Map();
  const inFlight = new Set();
  let nextOutgoingId = 1;

  const send = (message) => process.stdout.write(JSON.stringify({ jsonrpc: "2.0", ...message }) + "\n");

  const request = (method, params) =>
    new Promise((resolve, reject) => {
      const id = nextOutgoingId++;
      pendingOutgoing.set(id, { resolve, reject });
      send({ id, method, params });
    });

  const onLine = (line) => {
    if (!line.trim()) return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      send({ id: null, error: { code: -32700, message: "Parse error" } });
      return;
    }
    if (message.method === undefined) {
      const pending = pendingOutgoing.get(message.id);
      pendingOutgoing.delete(message.id);
      if (message.error) pending?.reject(Object.assign(new Error(message.error.message), message.error));
      else pending?.resolve(message.result);
      return;
    }
    const isNotification = message.id === undefined;
    const work = Promise.resolve()
      .then(() => handleRequest(message.method, message.params, { request }))
      .then((result) => isNotification || send({ id: message.id, result: result ?? {} }))
      .catch((error) => isNotification || send({ id: message.id, error: toRpcError(error) }));
    inFlight.add(work);
    work.finally(() => inFlight.delete(work));
  };

  readline.createInterface({ input: process.stdin, crlfDelay: Infinity })
    .on("line", onLine)
    .on("close", async () => {
      await Promise.allSettled([...inFlight]);
      await onClose();
    });
}
