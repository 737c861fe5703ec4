import { defineUseCase } from "@/lib/server/use-case";
import { findingIdsInput, type DispatchFindingsResult } from "@/lib/validation/findings";
import { markDispatched } from "./mark-dispatched";
import { findingScopeWhere } from "./finding-scope";

const SKIP_REASON: Record<string, string> = {
  DISPATCHED: "已交办",
  SUBMITTED: "已提交整改，待审核",
  RETURNED: "已交办（整改被退回）",
  VERIFIED: "已销号",
  WITHDRAWN: "已撤销",
};

/**
 * 交办 (single or bulk): OPEN findings go to their departments, whose liaisons are notified.
 * Others are skipped with a reason, not failed, so a selection over a mixed list does what it can.
 */
export const dispatchFindings = defineUseCase({
  name: "finding.dispatch",
  permission: "dispatch:finding",
  input: findingIdsInput,
  run: async ({ tx, actor, input, scope, audit }): Promise<DispatchFindingsResult> => {
    const ids = [...new Set(input.ids)];
    const findings = await tx.finding.findMany({ where: { AND: [{ id: { in: ids } }, findingScopeWhere(actor, scope)] } });
    const byId = new Map(findings.map((finding) => [finding.id, finding]));
    const skipped: DispatchFindingsResult["skipped"] = [];
    const open = [];
    for (const id of ids) {
      const finding = byId.get(id);
      if (!finding) skipped.push({ id, reason: "问题不存在或无权访问" });
      else if (finding.status !== "OPEN") skipped.push({ id, reason: SKIP_REASON[finding.status] ?? "当前状态不能交办" });
      else open.push(finding);
    }
    const moved = new Set(await markDispatched(tx, actor, open));
    for (const finding of open) {
      if (!moved.has(finding.id)) {
        skipped.push({ id: finding.id, reason: "状态已被他人修改，请刷新" });
        continue;
      }
      await audit({ entityType: "Finding", entityId: finding.id, cityId: finding.cityId, before: { status: "OPEN" }, after: { status: "DISPATCHED" } });
    }
    // Nothing changed, but the attempt is still on record.
    if (moved.size === 0) await audit({ entityType: "Finding", entityId: null, cityId: actor.cityId, before: null, after: { count: 0, skipped } });
    return { count: moved.size, skipped };
  },
});
