import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { toEditionDocument } from "@/lib/domain/indicators/edition-document";
import { getEditionOrThrow } from "@/lib/server/indicators/get-edition-or-throw";
import { importEdition } from "@/lib/server/indicators/import/import-edition";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import {
  SAMPLE_YAML,
  SECOND_YAML,
  editionOf,
  readEditionYaml,
  uniqueCode,
  withCode,
  xlsxFileOf,
  yamlFileWithCode,
} from "@/tests/fixtures/editions/edition-files";
import { HAND_BUILT_EDITION, handBuiltWorkbook } from "@/tests/fixtures/editions/hand-built-workbook";

let s: CityScenario;
let admin: Actor;
const sample = readEditionYaml(SAMPLE_YAML);
const second = readEditionYaml(SECOND_YAML);

beforeAll(async () => {
  s = await createCityScenario(db());
  admin = s.actors.systemAdmin;
});

async function importAndRead(actor: Actor, file: { name: string; bytes: Uint8Array }) {
  const result = await importEdition(actor, { file });
  return { result, edition: editionOf(await getEditionOrThrow(actor, result.editionId)) };
}

const criteriaOf = (edition: ReturnType<typeof editionOf>) => edition.categories.flatMap((c) => c.contents.flatMap((content) => content.criteria));

describe("importing the sample edition", () => {
  it("from its YAML file, exactly as written", async () => {
    const code = uniqueCode("SAMPLE");
    const { result, edition } = await importAndRead(admin, yamlFileWithCode(SAMPLE_YAML, code));
    expect(result.counts).toEqual({ categories: 12, contents: 18, criteria: 32, points: "100" });
    expect(edition).toEqual(withCode(sample, code));
    const stored = await db().criterion.findFirstOrThrow({ where: { editionId: result.editionId, code: "C08-01-1" } });
    expect(stored).toMatchObject({ rubricKind: "THRESHOLD", rubricParams: { target: 95, direction: "AT_LEAST", unit: "%" }, siteTypeNames: ["背街小巷"] });
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "edition.import", entityId: result.editionId } });
    expect(audit.after).toMatchObject({ code, source: "indicator-system.sample.yaml", counts: { criteria: 32 } });
  });

  it("from an .xlsx written by the exporter", async () => {
    const code = uniqueCode("SAMPLE-X");
    const { result, edition } = await importAndRead(admin, await xlsxFileOf(withCode(sample, code)));
    expect(result.counts.points).toBe("100");
    expect(edition).toEqual(withCode(sample, code));
  });

  it("from an .xlsx filled by hand (full-width separators, rich text, formulas, blank rows)", async () => {
    const code = uniqueCode("HAND");
    const { result, edition } = await importAndRead(admin, { name: "手工填写.xlsx", bytes: await handBuiltWorkbook(code) });
    expect(result.counts).toEqual({ categories: 2, contents: 3, criteria: 5, points: "12.5" });
    expect(edition).toEqual({ ...HAND_BUILT_EDITION, code });
  });
});

describe("importing a second, differently shaped edition", () => {
  it("from YAML and from .xlsx gives the same tree", async () => {
    const yamlCode = uniqueCode("JYG");
    const fromYaml = await importAndRead(admin, yamlFileWithCode(SECOND_YAML, yamlCode));
    const xlsxCode = uniqueCode("JYG-X");
    const fromXlsx = await importAndRead(admin, await xlsxFileOf(withCode(second, xlsxCode)));
    expect(fromYaml.result.counts).toEqual({ categories: 3, contents: 6, criteria: 11, points: "19.75" });
    expect(fromYaml.edition).toEqual(withCode(second, yamlCode));
    expect(fromXlsx.edition).toEqual(withCode(second, xlsxCode));
    const criteria = criteriaOf(fromXlsx.edition);
    expect(criteria.find((c) => c.code === "02.1.001")?.rubricParams).toEqual({ grades: { 优: 1, 良: 0.75, 中: 0.5, 差: 0.1 } });
    expect(criteria.find((c) => c.code === "01.1.002")?.rectificationDays).toBe(0);
    expect(criteria.find((c) => c.code === "01.1.001")?.coDepartmentNames).toEqual(["各街道办事处", "市城管局"]);
    expect(criteria.find((c) => c.code === "09.2.001")).toMatchObject({
      leadDepartmentName: null,
      coDepartmentNames: [],
      siteTypeNames: [],
      rectificationDays: null,
      description: null,
      onlineSubmissionRule: null,
    });
  });

  it("from JSON", async () => {
    const code = uniqueCode("JYG-J");
    const json = JSON.stringify(toEditionDocument(withCode(second, code)), null, 2);
    const { edition } = await importAndRead(admin, { name: "edition.json", bytes: new TextEncoder().encode(json) });
    expect(edition).toEqual(withCode(second, code));
  });
});

describe("the preview (dry run)", () => {
  it("shows what would be created, with unknown names as warnings, and writes nothing", async () => {
    const code = uniqueCode("DRY");
    // Scoped to this preview's code and actor: other test files may write on a shared database.
    const written = () =>
      Promise.all([
        db().indicatorEdition.count({ where: { code } }),
        db().criterion.count({ where: { edition: { code } } }),
        db().auditLog.count({ where: { actorId: s.actors.supervisor.id } }),
      ]);
    const before = await written();
    // Site types are global and other files seed the demo's (集贸市场 among them), so the unknown one is unique here.
    const unknownSiteType = `临时点位${code}`;
    const edition = withCode(structuredClone(second), code);
    edition.categories[0].contents[1].criteria[0].siteTypeNames = [unknownSiteType];
    const preview = await importEdition(s.actors.supervisor, { file: await xlsxFileOf(edition), dryRun: true });
    expect(await written()).toEqual(before);
    expect(preview.edition).toEqual({ name: second.name, code, description: second.description });
    expect(preview.counts).toEqual({ categories: 3, contents: 6, criteria: 11, points: "19.75" });
    expect(preview.tree.map((category) => [category.code, category.points, category.contents.length])).toEqual([
      ["01", "12", 3],
      ["02", "4.5", 1],
      ["09", "3.25", 2],
    ]);
    expect(preview.warnings).toContainEqual(expect.objectContaining({ kind: "UNKNOWN_DEPARTMENT", name: "市住建局", criteria: ["01.1.001", "01.1.002"] }));
    expect(preview.warnings).toContainEqual(
      expect.objectContaining({ kind: "UNKNOWN_SITE_TYPE", name: unknownSiteType, criteria: ["01.2.001"], message: expect.stringContaining("点位类型") }),
    );
    // The street group is always understood.
    expect(preview.warnings.map((warning) => warning.name)).not.toContain("各街道办事处");
  });

  it("does not warn about names the system knows", async () => {
    await db().siteType.upsert({ where: { name: "背街小巷" }, create: { name: "背街小巷" }, update: {} });
    const department = await db().department.update({ where: { id: s.departmentA1.id }, data: { name: `市住建局${uniqueCode("D")}` } });
    const edition = withCode(structuredClone(second), uniqueCode("DRY2"));
    edition.categories[0].contents[0].criteria[0].leadDepartmentName = department.name;
    const preview = await importEdition(admin, { file: await xlsxFileOf(edition), dryRun: true });
    expect(preview.warnings.map((warning) => warning.name)).not.toContain("背街小巷");
    expect(preview.warnings.map((warning) => warning.name)).not.toContain(department.name);
  });
});

describe("who may import", () => {
  it("a province supervisor's edition records the province; a city admin gets 403", async () => {
    const code = uniqueCode("SUP");
    const result = await importEdition(s.actors.supervisor, { file: await xlsxFileOf(withCode(second, code)) });
    expect(await db().indicatorEdition.findUniqueOrThrow({ where: { id: result.editionId } })).toMatchObject({ code, provinceId: s.province.id });
    await expect(importEdition(s.actors.cityAdminA, { file: await xlsxFileOf(withCode(second, uniqueCode("NO"))) })).rejects.toMatchObject({ status: 403 });
  });
});
