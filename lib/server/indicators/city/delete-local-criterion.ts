import { conflict, notFound } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/use-case";
import { deleteLocalCriterionInput } from "@/lib/validation/indicator-localization";
import { requireCityId } from "./city-context";
import { cityCriterionSelect, toCityCriterionRow } from "./city-criterion-row";

/** Deletes one of the city's local criteria, refused once tasks, checks or findings use it. */
export const deleteLocalCriterion = defineUseCase({
  name: "indicator.delete-local-criterion",
  permission: "localize:edition",
  input: deleteLocalCriterionInput,
  run: async ({ tx, actor, input, audit }) => {
    const cityId = requireCityId(actor);
    const record = await tx.criterion.findFirst({ where: { id: input.id, cityId }, select: cityCriterionSelect(cityId) });
    if (!record) throw notFound("本地测评标准");
    // In turn, not Promise.all: inside a transaction these share one connection (node-postgres warns on overlap).
    const tasks = await tx.taskCriterion.count({ where: { criterionId: record.id } });
    const checks = await tx.check.count({ where: { criterionId: record.id } });
    const findings = await tx.finding.count({ where: { criterionId: record.id } });
    if (tasks + checks + findings > 0) {
      throw conflict(`该标准已关联 ${tasks} 项任务、${checks} 条核查记录、${findings} 个问题，不能删除。`, { tasks, checks, findings });
    }
    await tx.criterion.delete({ where: { id: record.id } });
    const row = toCityCriterionRow(record);
    await audit({ entityType: "Criterion", entityId: record.id, cityId, before: row, after: null });
    return { id: record.id, code: row.code };
  },
});
