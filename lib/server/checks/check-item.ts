import { storedCheckOutcome } from "@/lib/domain/scoring/stored-check-outcome";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";
import type { Tx } from "@/lib/server/tx";
import type { CheckItem } from "@/lib/validation/checks";

export const checkItemInclude = {
  criterion: { select: { rubricKind: true } },
  departments: { select: { isPrimary: true, department: { select: { id: true, name: true } } } },
  evidence: { where: { deletedAt: null }, select: { id: true, thumbnailHash: true }, orderBy: { createdAt: "asc" } },
  findings: { where: { origin: "CHECK" }, select: { id: true, status: true }, orderBy: { createdAt: "desc" }, take: 1 },
} satisfies Prisma.CheckInclude;

export type CheckRow = Prisma.CheckGetPayload<{ include: typeof checkItemInclude }>;

/** The inspectors' names by id; a check made with an API token shows the token's id as its name. */
async function inspectorNames(client: Db | Tx, ids: readonly string[]): Promise<Map<string, string>> {
  const users = await client.user.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true } });
  return new Map(users.map((user) => [user.id, user.name]));
}

function toCheckItem(row: CheckRow, names: Map<string, string>): CheckItem {
  const outcome = row.visitStatus === "INSPECTED" ? storedCheckOutcome(row.criterion.rubricKind, row) : null;
  return {
    id: row.id,
    clientKey: row.clientKey,
    roundId: row.roundId,
    criterionId: row.criterionId,
    siteId: row.siteId,
    visitStatus: row.visitStatus,
    outcome: outcome as CheckItem["outcome"],
    note: row.note,
    latitude: row.latitude?.toString() ?? null,
    longitude: row.longitude?.toString() ?? null,
    capturedAt: row.capturedAt?.toISOString() ?? null,
    checkedAt: row.checkedAt.toISOString(),
    inspector: { id: row.inspectorId, name: names.get(row.inspectorId) ?? row.inspectorId },
    departments: row.departments
      .map((link) => ({ ...link.department, isPrimary: link.isPrimary }))
      .sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary) || (a.name < b.name ? -1 : 1)),
    photos: row.evidence.map((file) => ({
      id: file.id,
      url: `/api/v1/evidence/${file.id}`,
      thumbnailUrl: file.thumbnailHash ? `/api/v1/evidence/${file.id}?thumbnail=1` : null,
    })),
    finding: row.findings[0] ?? null,
    version: row.version,
  };
}

/** Check JSON (contracts.md) for rows read with `checkItemInclude`. */
export async function toCheckItems(client: Db | Tx, rows: readonly CheckRow[]): Promise<CheckItem[]> {
  const names = await inspectorNames(
    client,
    rows.map((row) => row.inspectorId),
  );
  return rows.map((row) => toCheckItem(row, names));
}

export async function readCheckItem(client: Db | Tx, id: string): Promise<CheckItem> {
  const row = await client.check.findUniqueOrThrow({ where: { id }, include: checkItemInclude });
  return (await toCheckItems(client, [row]))[0];
}
