import type { Prisma } from "@/lib/generated/prisma/client";
import type { AppealItem } from "@/lib/validation/appeals";

export const appealItemInclude = {
  round: { select: { id: true, name: true } },
  department: { select: { id: true, name: true } },
} satisfies Prisma.AppealInclude;

type AppealRow = Prisma.AppealGetPayload<{ include: typeof appealItemInclude }>;

export function toAppealItem(row: AppealRow): AppealItem {
  return {
    id: row.id,
    status: row.answer === null ? "OPEN" : "ANSWERED",
    round: row.round,
    department: row.department,
    reason: row.reason,
    answer: row.answer,
    answeredAt: row.answeredAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}
