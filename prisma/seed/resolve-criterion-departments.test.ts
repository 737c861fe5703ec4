import { describe, expect, it } from "vitest";
import { JIAYUGUAN_DEPARTMENTS } from "./data/departments";
import { loadSampleEdition } from "./load-sample-edition";
import { resolveCriterionDepartments } from "./resolve-criterion-departments";

const departments = [
  { id: "cg", name: "市城管局", kind: "BUREAU" as const },
  { id: "zj", name: "市住建局", kind: "BUREAU" as const },
  { id: "s1", name: "雄关街道办事处", kind: "STREET_OFFICE" as const },
  { id: "s2", name: "钢城街道办事处", kind: "STREET_OFFICE" as const },
];

describe("resolveCriterionDepartments", () => {
  it("resolves names exactly and the street group to every street office", () => {
    const { resolved, unresolved } = resolveCriterionDepartments(
      [{ id: "c1", leadDepartmentName: "市住建局", coDepartmentNames: ["各街道办事处"] }],
      departments,
    );
    expect(unresolved).toEqual([]);
    expect(resolved).toEqual([
      { criterionId: "c1", departmentId: "zj", role: "LEAD" },
      { criterionId: "c1", departmentId: "s1", role: "CO" },
      { criterionId: "c1", departmentId: "s2", role: "CO" },
    ]);
  });

  it("keeps a department named twice once, as lead, and reports unknown names", () => {
    const { resolved, unresolved } = resolveCriterionDepartments(
      [{ id: "c1", leadDepartmentName: "市城管局", coDepartmentNames: ["市城管局", "市不存在局"] }],
      departments,
    );
    expect(resolved).toEqual([{ criterionId: "c1", departmentId: "cg", role: "LEAD" }]);
    expect(unresolved).toEqual(["市不存在局"]);
  });

  it("resolves every name of the sample edition among the demo city's departments", () => {
    const criteria = loadSampleEdition().categories.flatMap((category) =>
      category.contents.flatMap((content) => content.criteria.map((criterion) => ({ ...criterion, id: criterion.code }))),
    );
    const demo = JIAYUGUAN_DEPARTMENTS.map((d) => ({ id: d.name, name: d.name, kind: d.kind ?? "BUREAU" }));
    const { resolved, unresolved } = resolveCriterionDepartments(criteria, demo);
    expect(unresolved).toEqual([]);
    expect(new Set(resolved.map((r) => r.criterionId)).size).toBe(criteria.length);
  });
});
