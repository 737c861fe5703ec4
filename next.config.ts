import type { NextConfig } from "next";
import { buildTimeHeaderRules } from "./lib/security/security-headers";

const nextConfig: NextConfig = {
  // PGlite and the database adapters load native/wasm assets at run time and must have exactly
  // one instance per process: never bundle them.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "@prisma/driver-adapter-utils",
    "pg",
    "@node-rs/argon2",
    "exceljs",
  ],
  poweredByHeader: false,
  experimental: {
    // The proxy runs for every page, and Next copies the body of each request it sees (10 MB by
    // default). Pages take no uploads (those go to /api/v1, which the proxy never sees) and server
    // actions are capped at 1 MB anyway: a stranger's large POST to /login costs no more than that.
    proxyClientMaxBodySize: "1mb",
  },
  typedRoutes: false,
  // nosniff, Referrer-Policy, Permissions-Policy and X-Frame-Options on every response, and a
  // deny-all CSP on the API (the proxy never sees /api). Evaluated at build time: pages get their
  // nonce CSP from proxy.ts and HSTS comes from the launcher, where the runtime address is known.
  async headers() {
    return buildTimeHeaderRules();
  },
};

export default nextConfig;
