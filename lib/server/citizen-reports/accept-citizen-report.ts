import { parseBusinessDate, todayInShanghai } from "@/lib/domain/dates";
import { isModeratable } from "@/lib/domain/citizen-reports/report-status-of-finding";
import { findingDueDate } from "@/lib/domain/findings/finding-due-date";
import { AppError, invalidInput } from "@/lib/errors";
import { markDispatched } from "@/lib/server/findings/mark-dispatched";
import { criterionOfCity } from "@/lib/server/report-categories/criterion-of-city";
import { defineUseCase } from "@/lib/server/use-case";
import { acceptReportInput, type ModerationResult } from "@/lib/validation/citizen-reports-office";
import { getCitizenReportOrThrow } from "./get-citizen-report";
import { moveReport } from "./sync-reports-of-finding";

export const notModeratable = () => new AppError("INVALID_STATE", "只有待处理的报告可以受理、合并或驳回。", 409);

/**
 * 受理: the report becomes a finding (origin CITIZEN_REPORT, its photos read through the report)
 * of the chosen department, against the chosen criterion or the category's, due on the chosen
 * date or today plus the rectification window. It is dispatched at once when the city
 * auto-dispatches, so the usual notices and events follow; the report follows its finding.
 */
export const acceptCitizenReport = defineUseCase({
  name: "citizen-report.accept",
  permission: "moderate:citizen-report",
  input: acceptReportInput,
  run: async ({ tx, actor, input, scope, audit }): Promise<ModerationResult> => {
    const report = await getCitizenReportOrThrow(tx, actor, scope, input.id);
    if (!isModeratable(report.status)) throw notModeratable();
    // In turn, not Promise.all: inside a transaction these share one connection.
    const city = await tx.city.findUniqueOrThrow({ where: { id: report.cityId }, select: { rectificationDays: true, autoDispatchFindings: true } });
    const category = await tx.reportCategory.findUniqueOrThrow({ where: { id: report.categoryId }, select: { name: true, criterionId: true } });
    const department = await tx.department.findFirst({ where: { id: input.departmentId, cityId: report.cityId, deletedAt: null }, select: { id: true } });
    if (!department) throw invalidInput({ departmentId: ["请选择本市的责任单位"] });
    const criterion = await criterionOfCity(tx, report.cityId, input.criterionId ?? category.criterionId);
    if (input.criterionId && !criterion) throw invalidInput({ criterionId: ["请选择本市测评体系中的标准"] });
    const today = todayInShanghai();
    const setting = criterion
      ? await tx.cityCriterionSetting.findUnique({
          where: { cityId_criterionId: { cityId: report.cityId, criterionId: criterion.id } },
          select: { rectificationDays: true },
        })
      : null;
    const dueDate =
      input.dueDate ??
      findingDueDate(today, { cityCriterionDays: setting?.rectificationDays, criterionDays: criterion?.rectificationDays, cityDays: city.rectificationDays });
    if (dueDate < today) throw invalidInput({ dueDate: ["整改期限不能早于今天"] });

    const finding = await tx.finding.create({
      data: {
        cityId: report.cityId,
        criterionId: criterion?.id ?? null,
        departmentId: department.id,
        description: `【随手拍 ${report.code}】${category.name}：${report.description}`.slice(0, 2000),
        dueDate: parseBusinessDate(dueDate),
        origin: "CITIZEN_REPORT",
        citizenReportId: report.id,
      },
      select: { id: true, cityId: true, departmentId: true, description: true, dueDate: true },
    });
    await moveReport(tx, report, "ACCEPTED", { findingId: finding.id, acceptedAt: new Date(), moderatedById: actor.kind === "user" ? actor.id : null });
    // Dispatching moves the report along (RECTIFYING) like any finding's reports.
    if (city.autoDispatchFindings) await markDispatched(tx, actor, [finding]);
    const status = city.autoDispatchFindings ? "RECTIFYING" : "ACCEPTED";
    await audit({
      entityType: "CitizenReport",
      entityId: report.id,
      cityId: report.cityId,
      before: { status: report.status },
      after: { status, findingId: finding.id, departmentId: department.id, criterionId: criterion?.id ?? null, dueDate },
    });
    return { id: report.id, status, findingId: finding.id };
  },
});
