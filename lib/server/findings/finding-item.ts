import { formatBusinessDate } from "@/lib/domain/dates";
import { isOverdue } from "@/lib/domain/findings/finding-transitions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FindingItem } from "@/lib/validation/findings";

export const findingItemInclude = {
  criterion: { select: { id: true, code: true, name: true } },
  site: { select: { id: true, name: true } },
  round: { select: { id: true, name: true } },
  department: { select: { id: true, name: true } },
} satisfies Prisma.FindingInclude;

export type FindingItemRow = Prisma.FindingGetPayload<{ include: typeof findingItemInclude }>;

/** The finding item of contracts.md; `overdue` is derived from today's date in Shanghai. */
export function toFindingItem(row: FindingItemRow, today: string): FindingItem {
  const dueDate = formatBusinessDate(row.dueDate);
  const verifiedOn = row.verifiedOn ? formatBusinessDate(row.verifiedOn) : null;
  return {
    id: row.id,
    status: row.status,
    criterion: row.criterion ? { id: row.criterion.id, code: row.criterion.code, title: row.criterion.name } : null,
    site: row.site,
    round: row.round,
    department: row.department,
    description: row.description,
    dueDate,
    overdue: isOverdue({ dueDate, status: row.status, verifiedOn }, today),
    falseRectification: row.falseRectification,
    verifiedOn,
    version: row.version,
  };
}
