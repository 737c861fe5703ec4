import JSZip from "jszip";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import * as sheetRoute from "@/app/api/v1/departments/[id]/assignment-sheet/route";
import { db } from "@/lib/db";
import { prepareEvidence } from "@/lib/server/evidence/prepare-evidence";
import { generateAssignmentSheet } from "@/lib/server/letters/generate-assignment-sheet";
import { imageBytes } from "@/tests/fixtures/evidence/evidence-files";
import { createDepartment } from "@/tests/factories/department";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { createCheckFinding } from "./findings-world";

vi.mock("@/lib/auth/current-actor", () => ({ getSessionActor: vi.fn(async () => null) }));

let s: CityScenario;
let withPhoto: Awaited<ReturnType<typeof createCheckFinding>>;
let withoutPhoto: Awaited<ReturnType<typeof createCheckFinding>>;
let verified: Awaited<ReturnType<typeof createCheckFinding>>;
beforeAll(async () => {
  s = await createCityScenario(db());
  withPhoto = await createCheckFinding(db(), { cityId: s.cityA.id, departmentId: s.departmentA1.id, status: "DISPATCHED", dueInDays: 2 });
  withoutPhoto = await createCheckFinding(db(), { cityId: s.cityA.id, departmentId: s.departmentA1.id, status: "RETURNED", dueInDays: 5 });
  verified = await createCheckFinding(db(), { cityId: s.cityA.id, departmentId: s.departmentA1.id, status: "VERIFIED" });
  const [photo] = await prepareEvidence([{ name: "现场.png", bytes: await imageBytes("png", 64, 48) }]);
  await db().evidenceFile.create({ data: { ...photo, cityId: s.cityA.id, checkId: withPhoto.check.id, uploadedById: s.actors.inspectorA.id } });
});

async function read(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  return { xml: await zip.file("word/document.xml")!.async("string"), media: Object.keys(zip.files).filter((name) => name.startsWith("word/media/")) };
}

describe("交办单 (department.assignment-sheet)", () => {
  it("lists the department's open findings with criterion, site, due date and the first photo's thumbnail, recorded in its history", async () => {
    const sheet = await generateAssignmentSheet(s.actors.cityAdminA, { departmentId: s.departmentA1.id });
    expect(sheet.findingIds).toEqual([withPhoto.finding.id, withoutPhoto.finding.id]);
    expect(sheet.fileName).toMatch(/^交办单-.+\.docx$/);
    const { xml, media } = await read(sheet.bytes);
    expect(xml).toContain("创建全国文明城市督查问题交办单");
    expect(xml).toContain(`${s.departmentA1.name}：`);
    expect(xml).toContain(withPhoto.finding.description);
    expect(xml).toContain(withoutPhoto.finding.description);
    expect(xml).not.toContain(verified.finding.description);
    expect(xml).toContain(`${withPhoto.criterion.code} ${withPhoto.criterion.name}`);
    expect(xml).toContain(withPhoto.site.name);
    expect(xml).toContain(withPhoto.finding.dueDate.toISOString().slice(0, 10));
    expect(xml).toContain("整改中");
    expect(xml).toContain("已退回");
    expect(media).toHaveLength(1);
    const history = await db().auditLog.findFirst({ where: { action: "department.assignment-sheet", entityId: s.departmentA1.id } });
    expect(history?.after).toEqual({ findingIds: sheet.findingIds, count: 2 });
  });

  it("is 409 for a department with nothing open, 404 for another city's, 403 for a liaison or an inspector", async () => {
    const quiet = await createDepartment(db(), { cityId: s.cityA.id });
    await expect(generateAssignmentSheet(s.actors.cityAdminA, { departmentId: quiet.id })).rejects.toMatchObject({
      status: 409,
      message: "该单位没有待整改的问题",
    });
    await expect(generateAssignmentSheet(s.actors.cityAdminB, { departmentId: s.departmentA1.id })).rejects.toMatchObject({ status: 404 });
    await expect(generateAssignmentSheet(s.actors.liaisonA1, { departmentId: s.departmentA1.id })).rejects.toMatchObject({ status: 403 });
    await expect(generateAssignmentSheet(s.actors.inspectorA, { departmentId: s.departmentA1.id })).rejects.toMatchObject({ status: 403 });
  });

  it("downloads through its route as a .docx", async () => {
    const { getSessionActor } = await import("@/lib/auth/current-actor");
    vi.mocked(getSessionActor).mockResolvedValue(s.actors.cityAdminA);
    const response = await sheetRoute.GET(new NextRequest(`http://localhost/api/v1/departments/${s.departmentA1.id}/assignment-sheet`), {
      params: Promise.resolve({ id: s.departmentA1.id }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(response.headers.get("content-disposition")).toContain("assignment-sheet-");
    expect((await read(new Uint8Array(await response.arrayBuffer()))).xml).toContain(withPhoto.finding.description);
  });
});
