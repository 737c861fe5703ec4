import type { Actor } from "@/lib/auth/actor";
import type { Scope } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cityScopeWhere } from "@/lib/server/cities/city-scope";
import type { Tx } from "@/lib/server/tx";
import type { ReportCategoryItem } from "@/lib/validation/citizen-reports-office";

export const reportCategoryInclude = { criterion: { select: { id: true, code: true, name: true } } } satisfies Prisma.ReportCategoryInclude;

type CategoryRow = Prisma.ReportCategoryGetPayload<{ include: typeof reportCategoryInclude }>;

export function toReportCategoryItem(row: CategoryRow): ReportCategoryItem {
  return { id: row.id, name: row.name, criterion: row.criterion, sortOrder: row.sortOrder, archived: row.archivedAt !== null, version: row.version };
}

export function reportCategoryScopeWhere(actor: Actor, scope: Scope): Prisma.ReportCategoryWhereInput {
  return { city: cityScopeWhere(actor, scope) };
}

/** The category in the actor's scope, or 404. */
export async function getReportCategoryOrThrow(tx: Tx, actor: Actor, scope: Scope, id: string) {
  const category = await tx.reportCategory.findFirst({ where: { AND: [{ id }, reportCategoryScopeWhere(actor, scope)] } });
  if (!category) throw notFound("报告类别");
  return category;
}
