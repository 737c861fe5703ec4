import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { RubricKind } from "@/lib/generated/prisma/enums";
import { loadSampleEdition, parseEditionYaml } from "./load-sample-edition";

const criteriaOf = (tree: ReturnType<typeof loadSampleEdition>) =>
  tree.categories.flatMap((category) => category.contents.flatMap((content) => content.criteria));

describe("loadSampleEdition", () => {
  const tree = loadSampleEdition();
  const criteria = criteriaOf(tree);

  it("reads the sample edition's code and name", () => {
    expect(tree.code).toBe("SAMPLE-2026");
    expect(tree.name).toContain("示例测评体系");
  });

  it("totals exactly 100 points, kept as decimal strings", () => {
    const total = criteria.reduce((sum, c) => sum.plus(c.points), new Decimal(0));
    expect(total.toString()).toBe("100");
    expect(criteria.every((c) => typeof c.points === "string")).toBe(true);
  });

  it("uses every rubric kind", () => {
    expect(new Set(criteria.map((c) => c.rubricKind))).toEqual(new Set(Object.values(RubricKind)));
  });

  it("has unique codes at every level", () => {
    const contents = tree.categories.flatMap((category) => category.contents);
    for (const codes of [tree.categories.map((c) => c.code), contents.map((c) => c.code), criteria.map((c) => c.code)]) {
      expect(new Set(codes).size).toBe(codes.length);
    }
  });

  it("maps rubric parameters, site types, departments and vetoes", () => {
    const byCode = new Map(criteria.map((c) => [c.code, c]));
    expect(byCode.get("C02-02-1")).toMatchObject({ rubricKind: "DEDUCT", rubricParams: { perFinding: 1, cap: 3 } });
    expect(byCode.get("C05-01-3")?.rubricParams).toEqual({ grades: { A: 1, B: 0.6, C: 0.2 } });
    expect(byCode.get("C08-01-1")?.rubricParams).toEqual({ target: 95, direction: "AT_LEAST", unit: "%" });
    expect(byCode.get("C01-01-2")?.rubricParams).toEqual({});
    expect(byCode.get("C04-01-1")).toMatchObject({
      siteTypeNames: ["中小学校"],
      leadDepartmentName: "市文广旅局",
      coDepartmentNames: ["市公安局"],
      isVeto: true,
    });
    expect(byCode.get("C01-01-1")).toMatchObject({ siteTypeNames: [], coDepartmentNames: [], isVeto: false });
  });
});

describe("parseEditionYaml", () => {
  const minimal = (criteria: string) => `
edition: 测试
code: T
categories:
  - code: A
    name: 甲
    contents:
      - code: A-1
        name: 乙
        criteria:
${criteria}`;

  it("rejects an unknown rubric parameter and a rubric without its parameters", () => {
    expect(() => parseEditionYaml(minimal(`          - {code: X, name: 丙, points: 1, method: FIELD, rubric: {kind: PASS_FAIL, cap: 1}}`))).toThrow();
    expect(() => parseEditionYaml(minimal(`          - {code: X, name: 丙, points: 1, method: FIELD, rubric: {kind: THRESHOLD}}`))).toThrow();
  });

  it("rejects duplicate criterion codes and non-positive points", () => {
    const twice = `          - {code: X, name: 丙, points: 1, method: DATA, rubric: {kind: PASS_FAIL}}\n`;
    expect(() => parseEditionYaml(minimal(twice + twice))).toThrow(/编码重复/);
    expect(() => parseEditionYaml(minimal(`          - {code: X, name: 丙, points: 0, method: DATA, rubric: {kind: PASS_FAIL}}`))).toThrow();
  });

  it("keeps fractional points exact", () => {
    const tree = parseEditionYaml(minimal(`          - {code: X, name: 丙, points: 0.1, method: DATA, rubric: {kind: PASS_FAIL}}`));
    expect(criteriaOf(tree)[0].points).toBe("0.1");
  });
});
