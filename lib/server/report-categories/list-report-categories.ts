import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { ReportCategoryItem } from "@/lib/validation/citizen-reports-office";
import { reportCategoryInclude, reportCategoryScopeWhere, toReportCategoryItem } from "./report-category-row";

/** The city's report categories in their order, archived ones last (whoever reads the reports reads them). */
export async function listReportCategories(actor: Actor): Promise<ReportCategoryItem[]> {
  const scope = assertCan(actor, "read:citizen-report");
  const rows = await db().reportCategory.findMany({
    where: reportCategoryScopeWhere(actor, scope),
    include: reportCategoryInclude,
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { sortOrder: "asc" }, { name: "asc" }],
  });
  return rows.map(toReportCategoryItem);
}
