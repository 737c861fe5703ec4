// Without datasource.url the native engine can still run database-free
// commands (`migrate diff --from-empty --to-schema ...`), but the wasm engine
// probes the server as soon as it starts. This adapter answers only that probe;
// anything that really needs a database fails with a clear error.
import { ColumnTypeEnum } from "@prisma/driver-adapter-utils";

const STARTUP_PROBE = /FROM pg_namespace WHERE nspname = \$1\), version\(\)/;
export const NO_URL_MESSAGE = "This command needs a database connection: set datasource.url in your Prisma config file.";

function fail() {
  throw new Error(NO_URL_MESSAGE);
}

export function createNoDatabaseAdapter() {
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    async queryRaw({ sql }) {
      if (!STARTUP_PROBE.test(sql)) fail();
      return {
        columnNames: ["exists", "version", "numeric_version"],
        columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
        rows: [[true, "PostgreSQL (no database configured)", 150000]],
      };
    },
    executeRaw: fail,
    executeScript: fail,
    startTransaction: fail,
    dispose: async () => {},
  };
}
