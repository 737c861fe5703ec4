import type { NextConfig } from "next";

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
  typedRoutes: false,
};

export default nextConfig;
