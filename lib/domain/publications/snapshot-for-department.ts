import type { PeriodSnapshot, ProvinceSnapshot, PublishedList, RoundSnapshot, Snapshot } from "./snapshot-schema";

/** A snapshot as a department's liaison may see it: its own rows only, no calculator input. */
export type DepartmentSnapshotView = (Omit<RoundSnapshot, "input"> | PeriodSnapshot | ProvinceSnapshot) & { department: string };

function ownLists(lists: readonly PublishedList[], department: string): PublishedList[] {
  return lists.map((list) => ({
    ...list,
    members: list.members.kind === "CHOSEN" ? { kind: "CHOSEN", departments: list.members.departments.filter((name) => name === department) } : list.members,
    ranking: list.ranking.filter((entry) => entry.department === department),
    redList: list.redList.filter((name) => name === department),
    blackList: list.blackList.filter((entry) => entry.department === department),
  }));
}

/**
 * What a liaison reads of a publication: the city-wide figures (city score, criteria, plan progress), and of
 * the departments only its own (its result row, its rank and movement on each list, itself on a red or black
 * list). The calculator input (every department's checks) is left out.
 */
export function snapshotForDepartment(snapshot: Snapshot, department: string): DepartmentSnapshotView {
  if ("scope" in snapshot) return { ...snapshot, department };
  if (snapshot.kind === "ROUND") {
    const rest: Omit<RoundSnapshot, "input"> & { input?: unknown } = { ...snapshot };
    delete rest.input;
    return {
      ...rest,
      department,
      result: {
        ...snapshot.result,
        departments: snapshot.result.departments.filter((row) => row.name === department),
        redList: snapshot.result.redList.filter((name) => name === department),
        blackList: snapshot.result.blackList.filter((name) => name === department),
      },
      departments: snapshot.departments.filter((row) => row.name === department),
      lists: ownLists(snapshot.lists, department),
    };
  }
  return {
    ...snapshot,
    department,
    result: { ...snapshot.result, departments: snapshot.result.departments.filter((row) => row.name === department) },
    lists: ownLists(snapshot.lists, department),
  };
}
