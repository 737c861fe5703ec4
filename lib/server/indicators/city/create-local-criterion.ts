import { invalidInput, notFound } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/use-case";
import { createLocalCriterionInput } from "@/lib/validation/indicator-localization";
import { requireAdoptedEdition, requireCityDepartments, requireCityId } from "./city-context";
import { findCityCriterion } from "./find-city-criterion";
import { chosenResponsibilities } from "./responsibility-rows";

/**
 * A criterion the city adds to its adopted edition under one of the edition's contents. It is
 * the city's own row (`cityId` set): other cities and the edition's export never see it.
 */
export const createLocalCriterion = defineUseCase({
  name: "indicator.create-local-criterion",
  permission: "localize:edition",
  input: createLocalCriterionInput,
  run: async ({ tx, actor, input, audit }) => {
    const cityId = requireCityId(actor);
    const { editionId } = await requireAdoptedEdition(tx, cityId);
    const content = await tx.indicatorContent.findFirst({ where: { id: input.contentId, editionId }, select: { id: true } });
    if (!content) throw notFound("测评内容");
    // A local code must differ from the edition's codes and the city's other local codes; other
    // cities' local codes are theirs (the database enforces the per-city part too).
    const clash = await tx.criterion.findFirst({ where: { editionId, code: input.code, OR: [{ cityId: null }, { cityId }] }, select: { cityId: true } });
    if (clash) throw invalidInput({ code: [clash.cityId ? "本市已有使用该编码的本地测评标准，请换一个" : "该编码与测评体系中的测评标准编码重复，请换一个"] });
    const responsibilities = chosenResponsibilities(input.leadDepartmentId, input.coDepartmentIds);
    const departments = await requireCityDepartments(
      tx,
      cityId,
      responsibilities.map((r) => r.departmentId),
    );
    const nameOf = (id: string) => departments.get(id)!.name;
    const last = await tx.criterion.aggregate({ where: { editionId }, _max: { sortOrder: true } });

    const created = await tx.criterion.create({
      data: {
        editionId,
        contentId: content.id,
        cityId,
        code: input.code,
        name: input.name,
        description: input.description,
        points: input.points,
        method: input.method,
        rubricKind: input.rubricKind,
        rubricParams: input.rubricParams as object,
        siteTypeNames: input.siteTypeNames,
        leadDepartmentName: nameOf(input.leadDepartmentId),
        coDepartmentNames: responsibilities.filter((r) => r.role === "CO").map((r) => nameOf(r.departmentId)),
        isVeto: input.isVeto,
        onlineSubmissionRule: input.onlineSubmissionRule,
        rectificationDays: input.rectificationDays,
        sortOrder: (last._max.sortOrder ?? 0) + 1,
      },
    });
    await tx.cityCriterionDepartment.createMany({ data: responsibilities.map((r) => ({ cityId, criterionId: created.id, ...r })) });
    const { row } = await findCityCriterion(tx, cityId, created.id);
    await audit({ entityType: "Criterion", entityId: created.id, cityId, before: null, after: { ...row, description: input.description } });
    return row;
  },
});
