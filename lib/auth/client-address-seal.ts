import crypto from "node:crypto";

// The launcher (scripts/serve.ts) and the app run in one process: the launcher seals the address
// it stamps with a key made at start-up, and the app believes only a sealed value. Run any other
// way (`next start`), a client's own copy of the header is never believed.
const store = globalThis as unknown as { __chuangwenAddressSealKey?: string };

/** Called by the launcher only: the stamped header value for an address. */
export function sealClientAddress(address: string): string {
  store.__chuangwenAddressSealKey ??= crypto.randomBytes(16).toString("hex");
  return `${address} ${store.__chuangwenAddressSealKey}`;
}

/** The address in a sealed value, or undefined when the value was not sealed by this process's launcher. */
export function unsealClientAddress(value: string | undefined | null): string | undefined {
  const key = store.__chuangwenAddressSealKey;
  if (!key || !value) return undefined;
  const separator = value.lastIndexOf(" ");
  if (separator <= 0) return undefined;
  const given = Buffer.from(value.slice(separator + 1));
  const expected = Buffer.from(key);
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return undefined;
  return value.slice(0, separator);
}
