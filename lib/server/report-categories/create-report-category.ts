import { forbidden, invalidInput } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/use-case";
import { createCategoryInput, type ReportCategoryItem } from "@/lib/validation/citizen-reports-office";
import { criterionOfCity } from "./criterion-of-city";
import { reportCategoryInclude, toReportCategoryItem } from "./report-category-row";

/** A new category residents can choose on the report form, mapped to the criterion its findings count against. */
export const createReportCategory = defineUseCase({
  name: "report-category.create",
  permission: "manage:report-category",
  input: createCategoryInput,
  run: async ({ tx, actor, input, audit }): Promise<ReportCategoryItem> => {
    // The office manages its own city's categories (the grant is city-scoped).
    if (!actor.cityId) throw forbidden();
    const cityId = actor.cityId;
    if (input.criterionId && !(await criterionOfCity(tx, cityId, input.criterionId))) throw invalidInput({ criterionId: ["请选择本市测评体系中的标准"] });
    if (await tx.reportCategory.findUnique({ where: { cityId_name: { cityId, name: input.name } }, select: { id: true } })) {
      throw invalidInput({ name: ["已有同名类别"] });
    }
    const last = await tx.reportCategory.aggregate({ where: { cityId }, _max: { sortOrder: true } });
    const row = await tx.reportCategory.create({
      data: { cityId, name: input.name, criterionId: input.criterionId ?? null, sortOrder: input.sortOrder ?? (last._max.sortOrder ?? -1) + 1 },
      include: reportCategoryInclude,
    });
    await audit({
      entityType: "ReportCategory",
      entityId: row.id,
      cityId,
      before: null,
      after: { name: row.name, criterionId: row.criterionId, sortOrder: row.sortOrder },
    });
    return toReportCategoryItem(row);
  },
});
