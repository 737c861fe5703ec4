import { unsealClientAddress } from "./client-address-seal";
import { UNKNOWN_ADDRESS } from "./resolve-client-address";

/**
 * Set by the server (scripts/serve.ts) on every request to the address it resolved from the
 * socket and the trusted proxies; any copy the client sent is removed first.
 */
export const CLIENT_ADDRESS_HEADER = "x-chuangwen-client-ip";

type HeaderBag = Record<string, string | string[] | undefined> | Headers;

/**
 * The client address for throttling. Only the server's own header is read, never
 * `X-Forwarded-For` or `X-Real-IP`, which any client can write, and only when sealed by this
 * process's launcher. Without it (a handler called outside scripts/serve.ts, as tests do) every
 * request shares one fixed address.
 */
export function clientIp(headers: HeaderBag): string {
  const value = headers instanceof Headers ? headers.get(CLIENT_ADDRESS_HEADER) : ([] as (string | undefined)[]).concat(headers[CLIENT_ADDRESS_HEADER])[0];
  return unsealClientAddress(value?.trim()) || UNKNOWN_ADDRESS;
}
