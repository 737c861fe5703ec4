import { formatBusinessDate } from "@/lib/domain/dates";
import { nameForMimeType } from "@/lib/domain/evidence/name-for-kind";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/tx";
import { figureSchema, type Figure, type LedgerEntryRow } from "@/lib/validation/ledger";

// A ledger entry as every read, write and the API return it.

export const ledgerEntryRowInclude = {
  department: { select: { id: true, name: true } },
  evidence: {
    where: { deletedAt: null },
    select: { id: true, originalName: true, mimeType: true, size: true, thumbnailHash: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  },
} satisfies Prisma.LedgerEntryInclude;

export type LedgerEntryRecord = Prisma.LedgerEntryGetPayload<{ include: typeof ledgerEntryRowInclude }>;

type Client = Pick<Tx, "user" | "apiToken">;

/** Writers are users, or API tokens of other systems (named after the token). */
export async function writerNamesOf(client: Client, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const names = new Map<string, string>();
  if (unique.length === 0) return names;
  for (const user of await client.user.findMany({ where: { id: { in: unique } }, select: { id: true, name: true } })) {
    names.set(user.id, user.name);
  }
  const missing = unique.filter((id) => !names.has(id));
  if (missing.length) {
    for (const token of await client.apiToken.findMany({ where: { id: { in: missing } }, select: { id: true, name: true } })) {
      names.set(token.id, `接口令牌：${token.name}`);
    }
  }
  return names;
}

function figuresOf(value: Prisma.JsonValue | null): Figure[] {
  const parsed = figureSchema.array().safeParse(value ?? []);
  return parsed.success ? parsed.data : [];
}

export function toLedgerEntryRow(record: LedgerEntryRecord, writerName: string): LedgerEntryRow {
  return {
    id: record.id,
    taskId: record.taskId,
    department: record.department,
    occurrenceId: record.occurrenceId,
    effectiveDate: formatBusinessDate(record.effectiveDate),
    text: record.text,
    figures: figuresOf(record.figures),
    reviewStatus: record.reviewStatus,
    reviewComment: record.reviewComment,
    reviewedAt: record.reviewedAt?.toISOString() ?? null,
    answer: record.answer,
    answeredAt: record.answeredAt?.toISOString() ?? null,
    createdBy: { name: writerName },
    createdAt: record.createdAt.toISOString(),
    version: record.version,
    evidence: record.evidence.map((file) => ({
      id: file.id,
      // Rows stored before names were corrected show the stored kind's extension too.
      originalName: nameForMimeType(file.originalName, file.mimeType),
      mimeType: file.mimeType,
      size: file.size,
      hasThumbnail: file.thumbnailHash !== null,
    })),
  };
}

/** Rows of several records, their writers looked up once. */
export async function toLedgerEntryRows(client: Client, records: LedgerEntryRecord[]): Promise<LedgerEntryRow[]> {
  const names = await writerNamesOf(
    client,
    records.map((record) => record.createdById),
  );
  return records.map((record) => toLedgerEntryRow(record, names.get(record.createdById) ?? "—"));
}

export async function loadLedgerEntryRow(client: Client & Pick<Tx, "ledgerEntry">, id: string): Promise<LedgerEntryRow> {
  const record = await client.ledgerEntry.findUniqueOrThrow({ where: { id }, include: ledgerEntryRowInclude });
  return (await toLedgerEntryRows(client, [record]))[0];
}
