import { invalidInput } from "@/lib/errors";
import type { Tx } from "@/lib/server/tx";
import { defineUseCase } from "@/lib/server/use-case";
import { membershipErrors, updateRankingListInput, type RankingListRow } from "@/lib/validation/ranking-lists";
import { assertListNameFree, loadListForChange, resolveChosenDepartments, saveListChange } from "./ranking-list-changes";
import { toRankingListRow, type RankingListRecord } from "./ranking-list-row";

type Changes = { members?: RankingListRow["members"]; memberKind?: RankingListRow["memberKind"]; departmentIds?: string[]; metric?: RankingListRow["metric"] };

// The default list is the one the calculator input's `lists` carries: every department, by the
// composite. Its name, counts and threshold may change, who is on it and what ranks them may not.
function defaultListErrors(input: Changes): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  if ((input.members && input.members !== "ALL") || input.memberKind || input.departmentIds?.length) {
    errors.members = ["默认榜单的成员固定为全部单位"];
  }
  if (input.metric && input.metric !== "COMPOSITE") errors.metric = ["默认榜单固定按综合得分排名"];
  return errors;
}

function mergedMembership(record: RankingListRecord, input: Changes) {
  const members = input.members ?? record.members;
  return {
    members,
    memberKind: members === "BY_KIND" ? (input.memberKind !== undefined ? input.memberKind : record.memberKind) : null,
    departmentIds: input.departmentIds ?? record.departments.map(({ department }) => department.id),
  };
}

// A chosen set is checked when it is sent (a department deleted since stays until the set is
// edited); leaving CHOSEN clears it; undefined keeps what is stored.
async function departmentsToStore(tx: Tx, record: RankingListRecord, members: RankingListRow["members"], sent: string[] | undefined) {
  if (members === "CHOSEN") return sent ? resolveChosenDepartments(tx, record.cityId, sent) : undefined;
  return record.departments.length ? [] : undefined;
}

/** Edits a list; an omitted field keeps its value. */
export const updateRankingList = defineUseCase({
  name: "ranking-list.update",
  permission: "manage:ranking-list",
  input: updateRankingListInput,
  run: async ({ tx, actor, input, scope, audit }) => {
    const record = await loadListForChange(tx, actor, scope, input);
    if (record.isDefault) {
      const errors = defaultListErrors(input);
      if (Object.keys(errors).length) throw invalidInput(errors);
    }
    const membership = mergedMembership(record, input);
    const errors = membershipErrors(membership);
    if (Object.keys(errors).length) throw invalidInput(errors);
    if (input.name !== undefined && input.name !== record.name) await assertListNameFree(tx, record.cycleId, input.name, record.id);
    const departmentIds = await departmentsToStore(tx, record, membership.members, input.departmentIds);
    const saved = await saveListChange(
      tx,
      record,
      {
        name: input.name,
        members: membership.members,
        memberKind: membership.memberKind,
        metric: input.metric,
        redCount: input.redCount,
        blackCount: input.blackCount,
        blackThreshold: input.blackThreshold,
      },
      departmentIds,
      input,
    );
    const row = toRankingListRow(saved);
    await audit({ entityType: "RankingList", entityId: row.id, cityId: row.cityId, before: toRankingListRow(record), after: row });
    return row;
  },
});
