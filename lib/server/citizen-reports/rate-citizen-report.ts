import { rateReportInput } from "@/lib/domain/citizen-reports/report-input";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { definePublicUseCase } from "@/lib/server/use-case";
import { countReportRating } from "./report-counts";

const notRectified = () => conflict("整改经复查通过后才能评价。");
const alreadyRated = () => conflict("这条随手拍已经评价过了，每条只能评价一次。");

/**
 * The reporter's rating of the fix (满意/不满意, an optional comment): once, and only after the
 * office verified the fix (409 otherwise); the city's satisfaction figures count it.
 */
export const rateCitizenReport = definePublicUseCase({
  name: "citizen-report.rate",
  input: rateReportInput,
  load: async ({ input }) => {
    const report = await db().citizenReport.findUnique({ where: { code: input.code }, select: { id: true, status: true, ratedAt: true } });
    if (!report) throw notFound("该查询码对应的随手拍");
    if (report.ratedAt) throw alreadyRated();
    if (report.status !== "RECTIFIED") throw notRectified();
    return report;
  },
  run: async ({ tx, input, loaded, audit }) => {
    const ratedAt = new Date();
    // The state is the condition of the write: a second rating, or a fix reopened meanwhile, changes no row.
    const { count } = await tx.citizenReport.updateMany({
      where: { id: loaded.id, status: "RECTIFIED", ratedAt: null },
      data: { ratingSatisfied: input.satisfied, ratingComment: input.comment ?? null, ratedAt, version: { increment: 1 } },
    });
    if (count === 0) {
      const now = await tx.citizenReport.findUniqueOrThrow({ where: { id: loaded.id }, select: { ratedAt: true } });
      throw now.ratedAt ? alreadyRated() : notRectified();
    }
    const report = await tx.citizenReport.findUniqueOrThrow({ where: { id: loaded.id }, select: { cityId: true, code: true } });
    await countReportRating(tx, report.cityId, input.satisfied);
    await audit({
      entityType: "CitizenReport",
      entityId: loaded.id,
      cityId: report.cityId,
      after: { satisfied: input.satisfied, hasComment: input.comment != null },
    });
    return { code: report.code, satisfied: input.satisfied, comment: input.comment ?? null, ratedAt: ratedAt.toISOString() };
  },
});
