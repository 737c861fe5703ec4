import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { EditionData } from "@/lib/domain/indicators/edition-data";
import { exportEdition } from "@/lib/server/indicators/export/export-edition";
import { getEditionOrThrow } from "@/lib/server/indicators/get-edition-or-throw";
import { importEdition } from "@/lib/server/indicators/import/import-edition";
import { createDepartment } from "@/tests/factories/department";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { SAMPLE_YAML, SECOND_YAML, editionOf, readEditionYaml, uniqueCode, withCode, yamlFileOf } from "@/tests/fixtures/editions/edition-files";

let s: CityScenario;
let admin: Actor;

beforeAll(async () => {
  s = await createCityScenario(db());
  admin = s.actors.systemAdmin;
});

const withoutComment = (bytes: Uint8Array) => new TextDecoder().decode(bytes).replace(/^#.*\n/gm, "");

/**
 * Import → export → delete → import the export: the second import must give the very same tree
 * (codes, names, order, points, rubric parameters, departments, site types, veto, rules, deadlines).
 */
async function roundTrip(source: EditionData, format: "xlsx" | "yaml") {
  const first = await importEdition(admin, { file: yamlFileOf(source) });
  const before = editionOf(await getEditionOrThrow(admin, first.editionId));
  const file = await exportEdition(admin, { editionId: first.editionId, format });
  await db().indicatorEdition.delete({ where: { id: first.editionId } });
  const second = await importEdition(admin, { file: { name: file.fileName, bytes: file.bytes } });
  const after = editionOf(await getEditionOrThrow(admin, second.editionId));
  return { before, after, file, second };
}

describe.each([
  ["the sample edition", SAMPLE_YAML],
  ["the second edition", SECOND_YAML],
])("export → import round-trips %s exactly", (_, path) => {
  const source = readEditionYaml(path);

  it.each(["xlsx", "yaml"] as const)("through %s", async (format) => {
    const code = uniqueCode("RT");
    const { before, after, file, second } = await roundTrip(withCode(source, code), format);
    expect(before).toEqual(withCode(source, code));
    expect(after).toEqual(before);
    expect(file.fileName).toBe(`${source.name}.${format}`);
    if (format === "yaml") {
      const again = await exportEdition(admin, { editionId: second.editionId, format });
      expect(withoutComment(again.bytes)).toBe(withoutComment(file.bytes));
    }
  });
});

describe("a city's adopted, localized version", () => {
  it("exports its local criteria, its own departments and deadlines, without excluded criteria", async () => {
    const source = withCode(readEditionYaml(SECOND_YAML), uniqueCode("CITY"));
    const { editionId } = await importEdition(admin, { file: yamlFileOf(source) });
    const criteria = await db().criterion.findMany({ where: { editionId } });
    const byCode = new Map(criteria.map((criterion) => [criterion.code, criterion]));
    const street2 = await createDepartment(db(), { cityId: s.cityA.id, kind: "STREET_OFFICE", sortOrder: 9 });
    const bureau = await createDepartment(db(), { cityId: s.cityA.id, name: `市城市管理综合执法局${uniqueCode("X")}`, sortOrder: 1 });
    const content = await db().indicatorContent.findFirstOrThrow({ where: { editionId, code: "09.2" } });
    await db().criterion.create({
      data: {
        editionId,
        contentId: content.id,
        cityId: s.cityA.id,
        code: "09.2.L01",
        name: "本市：未发生群体性不文明事件",
        points: "0.5",
        method: "DATA",
        rubricKind: "PASS_FAIL",
        isVeto: true,
        sortOrder: 999,
      },
    });
    // Another city's local criterion stays out.
    await db().criterion.create({
      data: {
        editionId,
        contentId: content.id,
        cityId: s.cityB.id,
        code: "09.2.B01",
        name: "他市",
        points: "1",
        method: "DATA",
        rubricKind: "PASS_FAIL",
        sortOrder: 999,
      },
    });
    const c1 = byCode.get("01.1.001")!;
    await db().cityCriterionDepartment.createMany({
      data: [
        { cityId: s.cityA.id, criterionId: c1.id, departmentId: bureau.id, role: "LEAD" },
        { cityId: s.cityA.id, criterionId: c1.id, departmentId: s.departmentA2.id, role: "CO" },
        { cityId: s.cityA.id, criterionId: c1.id, departmentId: street2.id, role: "CO" },
        { cityId: s.cityA.id, criterionId: byCode.get("01.2.001")!.id, departmentId: s.departmentA2.id, role: "LEAD" },
      ],
    });
    await db().cityCriterionSetting.createMany({
      data: [
        { cityId: s.cityA.id, criterionId: c1.id, rectificationDays: 3 },
        { cityId: s.cityA.id, criterionId: byCode.get("01.3.002")!.id, isExcluded: true },
        { cityId: s.cityA.id, criterionId: byCode.get("01.1.002")!.id, rectificationDays: null },
      ],
    });

    const file = await exportEdition(s.actors.cityAdminA, { editionId, format: "xlsx", cityId: s.cityA.id });
    expect(file.fileName).toBe(`${source.name}（${s.cityA.name}）.xlsx`);
    const { editionId: copyId } = await importEdition(admin, { file: { name: file.fileName, bytes: file.bytes } });
    const copy = editionOf(await getEditionOrThrow(admin, copyId));
    expect(copy.code).toBe(`${source.code}-${s.cityA.slug}`);
    const copied = new Map(copy.categories.flatMap((c) => c.contents.flatMap((content) => content.criteria)).map((c) => [c.code, c]));
    expect(copied.get("01.1.001")).toMatchObject({ leadDepartmentName: bureau.name, coDepartmentNames: ["各街道办事处"], rectificationDays: 3 });
    expect(copied.get("01.2.001")).toMatchObject({ leadDepartmentName: s.departmentA2.name, coDepartmentNames: [] });
    expect(copied.get("01.1.002")).toMatchObject({ leadDepartmentName: "市住建局", rectificationDays: 0 });
    expect(copied.has("01.3.002")).toBe(false);
    expect(copied.get("09.2.L01")).toMatchObject({ name: "本市：未发生群体性不文明事件", points: "0.5", isVeto: true });
    expect(copied.has("09.2.B01")).toBe(false);
    expect(copied.size).toBe(11);
  });

  it("answers 404 for a city outside the actor's scope", async () => {
    const { editionId } = await importEdition(admin, { file: yamlFileOf(withCode(readEditionYaml(SECOND_YAML), uniqueCode("CITY404"))) });
    await expect(exportEdition(s.actors.cityAdminA, { editionId, format: "yaml", cityId: s.cityB.id })).rejects.toMatchObject({ status: 404 });
    await expect(exportEdition(s.actors.cityAdminA, { editionId: "nope", format: "yaml" })).rejects.toMatchObject({ status: 404 });
  });
});
