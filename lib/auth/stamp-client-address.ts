import type { IncomingMessage } from "node:http";
import { sealClientAddress } from "./client-address-seal";
import { CLIENT_ADDRESS_HEADER } from "./client-ip";
import { resolveClientAddress } from "./resolve-client-address";
import type { TrustProxy } from "./trust-proxy";

/**
 * Run by the server (scripts/serve.ts) on every request before Next sees it: the app reads the
 * client's address from this header only, so whatever copy the client sent is replaced by the
 * address resolved from the socket and the trusted proxies.
 */
export function stampClientAddress(req: Pick<IncomingMessage, "headers" | "socket">, trust: TrustProxy): void {
  req.headers[CLIENT_ADDRESS_HEADER] = sealClientAddress(
    resolveClientAddress({ socketAddress: req.socket.remoteAddress, forwardedFor: req.headers["x-forwarded-for"] }, trust),
  );
}
