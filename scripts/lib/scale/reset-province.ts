import type { Db } from "@/lib/db";

// --reset: removes a scale province and everything of its cities, children before parents, in one
// transaction. Audit entries stay (the log is append-only); they name ids that no longer exist.

export async function resetProvince(client: Db, code: string): Promise<boolean> {
  const province = await client.province.findUnique({ where: { code }, select: { id: true, cities: { select: { id: true } } } });
  if (!province) return false;
  const cityId = { in: province.cities.map((city) => city.id) };
  const inCities = { cityId };
  await client.$transaction(
    async (tx) => {
      const users = await tx.roleMembership.findMany({ where: { OR: [{ cityId }, { provinceId: province.id }] }, select: { userId: true } });
      const userId = { in: [...new Set(users.map((row) => row.userId))] };
      await tx.evidenceFile.deleteMany({ where: inCities });
      await tx.recheckItem.deleteMany({ where: { round: inCities } });
      await tx.rectificationEvent.deleteMany({ where: inCities });
      await tx.finding.deleteMany({ where: inCities });
      await tx.checkDepartment.deleteMany({ where: { check: inCities } });
      await tx.check.deleteMany({ where: inCities });
      await tx.publication.deleteMany({ where: { OR: [{ cityId }, { provinceId: province.id }] } });
      await tx.appeal.deleteMany({ where: inCities });
      await tx.roundScore.deleteMany({ where: inCities });
      await tx.roundCriterion.deleteMany({ where: { round: inCities } });
      await tx.roundSite.deleteMany({ where: { round: inCities } });
      await tx.inspectionRound.deleteMany({ where: inCities });
      await tx.ledgerEntry.deleteMany({ where: inCities });
      await tx.taskOccurrence.deleteMany({ where: inCities });
      await tx.taskCriterion.deleteMany({ where: { task: inCities } });
      await tx.taskCoDepartment.deleteMany({ where: { task: inCities } });
      await tx.task.deleteMany({ where: inCities });
      await tx.planAction.deleteMany({ where: inCities });
      await tx.annualPlan.deleteMany({ where: inCities });
      await tx.threeYearPlan.deleteMany({ where: inCities });
      await tx.site.deleteMany({ where: inCities });
      await tx.cityCriterionDepartment.deleteMany({ where: inCities });
      await tx.cityCriterionSetting.deleteMany({ where: inCities });
      await tx.departmentNameMapping.deleteMany({ where: inCities });
      await tx.criterion.deleteMany({ where: inCities });
      await tx.rankingList.deleteMany({ where: inCities });
      await tx.creationCycle.deleteMany({ where: inCities });
      await tx.notification.deleteMany({ where: { OR: [inCities, { userId }] } });
      await tx.apiToken.deleteMany({ where: { OR: [inCities, { createdById: userId }] } });
      await tx.roleMembership.deleteMany({ where: { OR: [{ userId }, inCities, { provinceId: province.id }] } });
      await tx.user.deleteMany({ where: { id: userId } });
      await tx.department.deleteMany({ where: inCities });
      await tx.indicatorEdition.updateMany({ where: { provinceId: province.id }, data: { provinceId: null } });
      await tx.city.deleteMany({ where: { id: cityId } });
      await tx.province.delete({ where: { id: province.id } });
    },
    { maxWait: 10_000, timeout: 3_600_000 },
  );
  return true;
}
