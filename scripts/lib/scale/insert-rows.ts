import type { Tx } from "@/lib/server/tx";

// The big tables go in as one INSERT … SELECT FROM unnest($1::text[], $2::…[]) per chunk: one
// array parameter per column instead of one parameter per value. Measured on PostgreSQL 15 with
// 2,700-check rounds: Prisma's createMany wrote about 1,500 checks a second, this many times more
// (see README, npm run seed:scale). Works the same on the embedded database.

export type ColumnType = "text" | "boolean" | "integer" | "numeric" | "date" | "timestamptz" | `"${string}"`;
export type Columns = Readonly<Record<string, ColumnType>>;

const CHUNK = 5000;

function cell(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") return String(value);
  return value;
}

/** Inserts `rows` (objects keyed by column; a missing key is NULL) into `table`; returns the count. */
export async function insertRows(tx: Tx, table: string, columns: Columns, rows: readonly object[]): Promise<number> {
  const names = Object.keys(columns);
  const sql = `INSERT INTO "${table}" (${names.map((name) => `"${name}"`).join(", ")}) SELECT * FROM unnest(${names
    .map((name, index) => `$${index + 1}::${columns[name]}[]`)
    .join(", ")})`;
  for (let at = 0; at < rows.length; at += CHUNK) {
    const chunk = rows.slice(at, at + CHUNK) as ReadonlyArray<Record<string, unknown>>;
    await tx.$executeRawUnsafe(sql, ...names.map((name) => chunk.map((row) => cell(row[name]))));
  }
  return rows.length;
}

export const CHECK_COLUMNS: Columns = {
  id: "text",
  cityId: "text",
  roundId: "text",
  clientKey: "text",
  criterionId: "text",
  siteId: "text",
  inspectorId: "text",
  visitStatus: '"SiteVisitStatus"',
  passed: "boolean",
  findingCount: "integer",
  grade: "text",
  measuredValue: "numeric",
  note: "text",
  checkedAt: "timestamptz",
  capturedAt: "timestamptz",
  latitude: "numeric",
  longitude: "numeric",
  createdAt: "timestamptz",
  updatedAt: "timestamptz",
};

export const CHECK_DEPARTMENT_COLUMNS: Columns = { checkId: "text", departmentId: "text", isPrimary: "boolean" };

export const FINDING_COLUMNS: Columns = {
  id: "text",
  cityId: "text",
  roundId: "text",
  checkId: "text",
  criterionId: "text",
  siteId: "text",
  departmentId: "text",
  description: "text",
  dueDate: "date",
  status: '"FindingStatus"',
  origin: '"FindingOrigin"',
  verifiedOn: "date",
  verifiedAt: "timestamptz",
  createdAt: "timestamptz",
  updatedAt: "timestamptz",
};

export const EVENT_COLUMNS: Columns = {
  id: "text",
  cityId: "text",
  findingId: "text",
  kind: '"RectificationEventKind"',
  note: "text",
  actorId: "text",
  createdAt: "timestamptz",
};

export const ROUND_SITE_COLUMNS: Columns = { roundId: "text", siteId: "text", inspectorId: "text" };
export const ROUND_CRITERION_COLUMNS: Columns = { roundId: "text", criterionId: "text" };
