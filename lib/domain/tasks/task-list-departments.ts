import type { TaskListContext } from "./task-list-context";
import { closestName } from "./task-list-suggest";

type Department = TaskListContext["departments"][number];

/**
 * Finds a department by its exact name or short name (a full name wins over another's short
 * name); an unknown name yields the message to show, with the closest name when there is one.
 */
export function departmentMatcher(departments: TaskListContext["departments"]) {
  const byName = new Map<string, Department>();
  for (const department of departments) if (department.shortName) byName.set(department.shortName, department);
  for (const department of departments) byName.set(department.name, department);
  const names = departments.map((department) => department.name);
  return (name: string, role: "牵头单位" | "配合单位"): { department: Department } | { message: string } => {
    const department = byName.get(name);
    if (department) return { department };
    const suggestion = closestName(name, [...names, ...departments.flatMap((d) => (d.shortName ? [d.shortName] : []))]);
    const suggested = suggestion ? byName.get(suggestion)?.name : undefined;
    return {
      message: suggested
        ? `${role}“${name}”不在本市单位名单中。您是不是要填“${suggested}”？`
        : `${role}“${name}”不在本市单位名单中，请按本市责任单位的名称填写。`,
    };
  };
}
