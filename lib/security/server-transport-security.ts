import type { Server } from "node:http";
import { transportSecurityHeaders } from "./security-headers";

/**
 * Gives every response of the launcher's server (pages, API, static files) HSTS when NEXTAUTH_URL
 * is https. It lives here rather than in next.config.ts headers(), which Next evaluates once at
 * build time, long before the runtime address is known. The listener runs before Next's handler.
 */
export function applyTransportSecurity(server: Server, isHttps: boolean): void {
  const headers = transportSecurityHeaders(isHttps);
  if (headers.length === 0) return;
  server.prependListener("request", (_req, res) => {
    for (const [name, value] of headers) res.setHeader(name, value);
  });
}
