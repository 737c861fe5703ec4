import { invalidInput, versionConflict } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/use-case";
import { updateCategoryInput, type ReportCategoryItem } from "@/lib/validation/citizen-reports-office";
import { criterionOfCity } from "./criterion-of-city";
import { getReportCategoryOrThrow, reportCategoryInclude, toReportCategoryItem } from "./report-category-row";

/**
 * Renames, re-maps, re-orders, archives (停用: no longer offered on the form; its reports keep
 * it) or restores a category. Names the version it read: a stale one is 409.
 */
export const updateReportCategory = defineUseCase({
  name: "report-category.update",
  permission: "manage:report-category",
  input: updateCategoryInput,
  run: async ({ tx, actor, input, scope, audit }): Promise<ReportCategoryItem> => {
    const category = await getReportCategoryOrThrow(tx, actor, scope, input.id);
    if (category.version !== input.version) throw versionConflict(category.version, input.version);
    if (input.criterionId && !(await criterionOfCity(tx, category.cityId, input.criterionId)))
      throw invalidInput({ criterionId: ["请选择本市测评体系中的标准"] });
    if (input.name && input.name !== category.name) {
      const clash = await tx.reportCategory.findUnique({ where: { cityId_name: { cityId: category.cityId, name: input.name } }, select: { id: true } });
      if (clash) throw invalidInput({ name: ["已有同名类别"] });
    }
    const archivedAt = input.archived === undefined ? category.archivedAt : input.archived ? (category.archivedAt ?? new Date()) : null;
    const { count } = await tx.reportCategory.updateMany({
      where: { id: category.id, version: category.version },
      data: {
        name: input.name ?? category.name,
        criterionId: input.criterionId === undefined ? category.criterionId : input.criterionId,
        sortOrder: input.sortOrder ?? category.sortOrder,
        archivedAt,
        version: { increment: 1 },
      },
    });
    if (count !== 1) throw versionConflict(category.version + 1, input.version);
    const row = await tx.reportCategory.findUniqueOrThrow({ where: { id: category.id }, include: reportCategoryInclude });
    await audit({
      entityType: "ReportCategory",
      entityId: row.id,
      cityId: row.cityId,
      before: { name: category.name, criterionId: category.criterionId, sortOrder: category.sortOrder, archived: category.archivedAt !== null },
      after: { name: row.name, criterionId: row.criterionId, sortOrder: row.sortOrder, archived: row.archivedAt !== null },
    });
    return toReportCategoryItem(row);
  },
});
