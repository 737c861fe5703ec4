// Shapes thrown errors the way the native engine reports them over JSON-RPC:
// code 4466 with a user-facing error in `data` (the CLI reads data.error_code,
// data.message and data.is_panic).
export const RPC_ERROR_CODE = 4466;

export class UserFacingError extends Error {
  constructor(code, message, meta = {}) {
    super(message);
    this.code = code;
    this.meta = meta;
  }
}

/** The wasm engine traps after a Rust panic; the glue stored the panic message. */
export function isPanic(error) {
  return error instanceof WebAssembly.RuntimeError;
}

export function panicMessage(error) {
  const recorded = globalThis.PRISMA_WASM_PANIC_REGISTRY?.get();
  return recorded || String(error?.message ?? error);
}

export function toRpcError(error) {
  if (isPanic(error)) {
    const message = panicMessage(error);
    return { code: RPC_ERROR_CODE, message, data: { is_panic: true, message, backtrace: error.stack ?? null } };
  }
  if (typeof error?.code === "number" && error.data === undefined) return error; // already JSON-RPC shaped
  const message = String(error?.message ?? error);
  const errorCode = typeof error?.code === "string" && /^P\d{4}$/.test(error.code) ? error.code : undefined;
  return {
    code: RPC_ERROR_CODE,
    message,
    data: { is_panic: false, message, error_code: errorCode, meta: error?.meta ?? null },
  };
}
