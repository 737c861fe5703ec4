import { describe, expect, it } from "vitest";
import type { CriterionData, EditionData } from "./edition-data";
import { localizeEdition, type CityResponsibility, type CriterionLocalization } from "./localize-edition";

const criterion = (code: string, fields: Partial<CriterionData> = {}): CriterionData => ({
  code,
  name: code,
  description: null,
  points: "1",
  method: "FIELD",
  rubricKind: "PROPORTION",
  rubricParams: {},
  siteTypeNames: [],
  leadDepartmentName: "市城管局",
  coDepartmentNames: ["各街道办事处"],
  isVeto: false,
  onlineSubmissionRule: null,
  rectificationDays: 5,
  ...fields,
});
const edition: EditionData = {
  code: "E",
  name: "体系",
  description: null,
  categories: [
    { code: "A", name: "甲", contents: [{ code: "A1", name: "甲一", criteria: [criterion("A1-1"), criterion("A1-2")] }] },
    { code: "B", name: "乙", contents: [{ code: "B1", name: "乙一", criteria: [criterion("B1-1")] }] },
  ],
};
const responsibility = (name: string, role: "LEAD" | "CO", isStreetOffice = false, sortOrder = 0): CityResponsibility => ({
  departmentId: name,
  name,
  role,
  isStreetOffice,
  sortOrder,
});
const localization = (fields: Partial<CriterionLocalization>): CriterionLocalization => ({
  isExcluded: false,
  rectificationDays: null,
  responsibilities: [],
  ...fields,
});

describe("localizeEdition", () => {
  it("uses the city's departments and deadlines, writes every street office as the group, drops excluded criteria", () => {
    const byCode = new Map([
      [
        "A1-1",
        localization({
          rectificationDays: 2,
          responsibilities: [
            responsibility("市综合执法局", "LEAD"),
            responsibility("钢城街道", "CO", true, 2),
            responsibility("雄关街道", "CO", true, 1),
            responsibility("市公安局", "CO", false, 3),
          ],
        }),
      ],
      ["A1-2", localization({ responsibilities: [responsibility("雄关街道", "CO", true)] })],
      ["B1-1", localization({ isExcluded: true })],
    ]);
    const local = localizeEdition(edition, byCode, { code: "E-city", name: "体系（某市）", streetOfficeCount: 2 });
    expect(local.code).toBe("E-city");
    expect(local.categories.map((c) => c.code)).toEqual(["A"]);
    const [first, second] = local.categories[0].contents[0].criteria;
    expect(first).toMatchObject({ leadDepartmentName: "市综合执法局", coDepartmentNames: ["各街道办事处", "市公安局"], rectificationDays: 2 });
    expect(second).toMatchObject({ leadDepartmentName: null, coDepartmentNames: ["雄关街道"], rectificationDays: 5 });
  });

  it("keeps the edition's names where the city named no department, and a second lead as the first co-department", () => {
    const byCode = new Map([
      ["A1-2", localization({ responsibilities: [responsibility("市住建局", "LEAD", false, 2), responsibility("市城管局", "LEAD", false, 1)] })],
    ]);
    const local = localizeEdition(edition, byCode, { code: "E2", name: "n", streetOfficeCount: 0 });
    const [first, second] = local.categories[0].contents[0].criteria;
    expect(first).toEqual(edition.categories[0].contents[0].criteria[0]);
    expect(second).toMatchObject({ leadDepartmentName: "市城管局", coDepartmentNames: ["市住建局"] });
  });
});
