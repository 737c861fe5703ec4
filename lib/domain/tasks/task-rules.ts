// What a task allows beyond its dispatch state: whether it takes ledger entries, and which
// departments it belongs to. Shared by the ledger use cases and the ledger screen.

export type EntryTaskFacts = { dispatchStatus: string; isCompleted: boolean };

/** Why a task takes no ledger entries: not yet handed to its departments, or signed off. */
export function entryRefusal(task: EntryTaskFacts): "NOT_DISPATCHED" | "COMPLETED" | null {
  if (task.dispatchStatus === "DRAFT") return "NOT_DISPATCHED";
  if (task.isCompleted) return "COMPLETED";
  return null;
}

/** Ledgers are kept on tasks that were handed to departments and are not yet signed off. */
export function takesLedgerEntries(task: EntryTaskFacts): boolean {
  return entryRefusal(task) === null;
}

/** A task's departments, lead first, then the co-departments in their order. */
export function taskDepartments<D>(lead: D, coDepartments: readonly D[]): { department: D; isLead: boolean }[] {
  return [{ department: lead, isLead: true }, ...coDepartments.map((department) => ({ department, isLead: false }))];
}

/** Ids of a task's departments, lead first. */
export function taskDepartmentIds(task: { leadDepartmentId: string; coDepartmentIds: readonly string[] }): string[] {
  return taskDepartments(task.leadDepartmentId, task.coDepartmentIds).map(({ department }) => department);
}
