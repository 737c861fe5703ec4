import JSZip from "jszip";
import { NextRequest } from "next/server";
import sharp from "sharp";
import { beforeAll, describe, expect, it, vi } from "vitest";
import * as bulletinRoute from "@/app/api/v1/publications/[id]/bulletin/route";
import * as zipRoute from "@/app/api/v1/publications/bulletins.zip/route";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseBusinessDate } from "@/lib/domain/dates";
import { getBulletin } from "@/lib/server/bulletins/get-bulletin";
import { storeBulletins } from "@/lib/server/bulletins/store-bulletins";
import { zipBulletins } from "@/lib/server/bulletins/zip-bulletins";
import { fileStore } from "@/lib/server/storage";
import { createEditionFromTree } from "@/tests/factories/edition";
import { createCheck, createRound } from "@/tests/factories/inspection";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { createSite } from "@/tests/factories/site";
import { createUser } from "@/tests/factories/user";
import { defaultList, roundSnapshot } from "@/tests/support/bulletin-snapshots";

vi.mock("@/lib/auth/current-actor", () => ({ getSessionActor: vi.fn(async () => null) }));

let s: CityScenario;
let publicationId: string;
let correctionId: string;
let findingIds: string[];
let checkIds: string[];
const YEAR = 2026;

async function as(actor: Actor) {
  const { getSessionActor } = await import("@/lib/auth/current-actor");
  vi.mocked(getSessionActor).mockResolvedValue(actor);
}
const get = (path: string) => new NextRequest(`http://localhost${path}`);
const params = <P>(value: P) => ({ params: Promise.resolve(value) });
const docxOf = async (id: string, variant: "official" | "public" = "official") =>
  Buffer.from((await getBulletin(s.actors.cityAdminA, id, { format: "docx", variant })).bytes);

async function publish(snapshot: ReturnType<typeof roundSnapshot>, roundId: string, issueNumber: number, supersedesId?: string) {
  const publication = await db().publication.create({
    data: {
      scope: "CITY",
      kind: "ROUND",
      cityId: s.cityA.id,
      roundId,
      periodStart: parseBusinessDate("2026-11-23"),
      periodEnd: parseBusinessDate("2026-11-29"),
      title: `${s.cityA.name}${YEAR}年第${issueNumber}期创文督查通报`,
      summary: "本期督查总体平稳。",
      issueYear: YEAR,
      issueNumber,
      schemaVersion: 1,
      snapshot: snapshot as Prisma.InputJsonObject,
      publishedAt: new Date(`2026-12-0${issueNumber - 10}T02:00:00Z`),
      publishedById: s.actors.cityAdminA.id,
      supersedesId: supersedesId ?? null,
      reason: supersedesId ? "点位检查结果录入有误" : null,
    },
  });
  await db().$transaction((tx) => storeBulletins(tx, publication.id));
  return publication.id;
}

beforeAll(async () => {
  s = await createCityScenario(db());
  await db().department.update({ where: { id: s.departmentA2.id }, data: { leaderName: "张建国", leaderTitle: "主任" } });
  const { edition, criteria } = await createEditionFromTree(db());
  const inspector = await createUser(db(), { role: "INSPECTOR", cityId: s.cityA.id, name: "王督查员" });
  const round = await createRound(db(), { cityId: s.cityA.id, editionId: edition.id, createdById: s.actors.cityAdminA.id, status: "CLOSED" });
  const site = await createSite(db(), { cityId: s.cityA.id, responsibleDepartmentId: s.departmentA2.id, name: "人民广场" });
  // A1 lost 1.00 (DEDUCT 0.5 × 2), A2 lost 3.00 (a failed PROPORTION check of 3 points) with a photo.
  const deduct = await createCheck(db(), {
    round,
    criterionId: criteria[0].id,
    inspectorId: inspector.user.id,
    departmentIds: [s.departmentA1.id],
    findingCount: 2,
  });
  const failed = await createCheck(db(), {
    round,
    criterionId: criteria[1].id,
    inspectorId: inspector.user.id,
    departmentIds: [s.departmentA2.id],
    siteId: site.id,
    passed: false,
  });
  await db().check.update({ where: { id: failed.id }, data: { note: "现场负责人李四称明日清理" } });
  const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#36c" } })
    .jpeg()
    .toBuffer();
  const hash = await fileStore().put(photo);
  await db().evidenceFile.create({
    data: {
      cityId: s.cityA.id,
      contentHash: hash,
      thumbnailHash: hash,
      size: photo.length,
      mimeType: "image/jpeg",
      originalName: "p.jpg",
      checkId: failed.id,
      uploadedById: inspector.user.id,
    },
  });
  checkIds = [deduct.id, failed.id];
  findingIds = [];
  for (const [check, criterion, department, text] of [
    [deduct, criteria[0], s.departmentA1, "人行道破损"],
    [failed, criteria[1], s.departmentA2, "绿化带堆放垃圾"],
  ] as const) {
    const finding = await db().finding.create({
      data: {
        cityId: s.cityA.id,
        roundId: round.id,
        checkId: check.id,
        criterionId: criterion.id,
        siteId: check.siteId,
        departmentId: department.id,
        description: text,
        dueDate: parseBusinessDate("2026-12-10"),
      },
    });
    findingIds.push(finding.id);
  }
  const departments = [
    { name: s.departmentA1.name, composite: "92.3350", rank: 1 },
    { name: s.departmentA2.name, composite: "80.0000", rank: 2 },
  ];
  const city = { id: s.cityA.id, name: s.cityA.name, slug: s.cityA.slug };
  const snapshot = roundSnapshot({
    city,
    departments,
    lists: [defaultList(departments, { blackList: [{ department: s.departmentA2.name, level: 2, step: "LEADER_MEETING" }] })],
  });
  publicationId = await publish(snapshot, round.id, 12);
  correctionId = await publish(snapshot, round.id, 13, publicationId);
});

describe("storeBulletins", () => {
  it("stores an official .docx with the title, issue number, department table, lists with escalation and the worst findings with their photo", async () => {
    const zip = await JSZip.loadAsync(await docxOf(publicationId));
    const xml = await zip.file("word/document.xml")!.async("string");
    const text = xml.replace(/<[^>]+>/g, "");
    expect(text).toContain(`${s.cityA.name}${YEAR}年第12期创文督查通报`);
    expect(text).toContain("2026年第12期");
    expect(text).toContain(`${s.cityA.name}创建全国文明城市工作领导小组办公室`);
    const tables = xml.match(/<w:tbl>.*?<\/w:tbl>/gs)!;
    expect(tables[0]).toContain(s.departmentA1.name);
    expect(tables[0]).toContain("92.34");
    expect(text).toContain(`红榜（1个）：${s.departmentA1.name}`);
    expect(text).toContain(`黑榜（1个）：${s.departmentA2.name}（连续2期上榜，约谈主任张建国）`);
    // The worst findings: A2's 3.00 before A1's 1.00, with the note and the inspector in the official variant.
    const worst = tables[1].replace(/<[^>]+>/g, "|");
    expect(worst.indexOf("绿化带堆放垃圾")).toBeLessThan(worst.indexOf("人行道破损"));
    expect(worst).toContain("3.00");
    expect(worst).toContain("人民广场");
    expect(worst).toContain("现场负责人李四称明日清理");
    expect(worst).toContain("王督查员");
    expect(Object.keys(zip.files).filter((name) => name.startsWith("word/media/"))).toHaveLength(1);
    expect(text).toContain("2026年12月2日");
  });

  it("stores a public variant without photos, notes or names", async () => {
    const zip = await JSZip.loadAsync(await docxOf(publicationId, "public"));
    expect(Object.keys(zip.files).some((name) => name.startsWith("word/media/"))).toBe(false);
    const text = (await zip.file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");
    for (const hidden of ["张建国", "王督查员", "李四", "绿化带堆放垃圾"]) expect(text).not.toContain(hidden);
    expect(text).toContain("人民广场");
    expect(text).toContain(s.departmentA2.name);
    const html = (await getBulletin(s.actors.cityAdminA, publicationId, { format: "html", variant: "public" })).bytes;
    expect(new TextDecoder().decode(html)).not.toContain("data:image");
  });

  it("a correction's bulletin says what it corrects", async () => {
    const text = (await (await JSZip.loadAsync(await docxOf(correctionId))).file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");
    expect(text).toContain(`本期更正2026年第12期《${s.cityA.name}${YEAR}年第12期创文督查通报》，更正原因：点位检查结果录入有误。`);
  });

  it("serves the same bytes after a department is renamed and a finding and a check change", async () => {
    const before = { official: await docxOf(publicationId), public: await docxOf(publicationId, "public") };
    await db().department.update({ where: { id: s.departmentA2.id }, data: { name: `${s.departmentA2.name}改`, leaderName: "赵六" } });
    await db().finding.update({ where: { id: findingIds[1] }, data: { description: "改过的描述", status: "VERIFIED" } });
    await db().check.update({ where: { id: checkIds[1] }, data: { note: "改过的备注", passed: true } });
    expect(Buffer.compare(await docxOf(publicationId), before.official)).toBe(0);
    expect(Buffer.compare(await docxOf(publicationId, "public"), before.public)).toBe(0);
  });
});

describe("bulletin routes", () => {
  it("GET …/bulletin answers the .docx with a Chinese file name, and ?format=html an inline page with its own CSP", async () => {
    await as(s.actors.inspectorA);
    const response = await bulletinRoute.GET(get(`/api/v1/publications/${publicationId}/bulletin`), params({ id: publicationId }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(response.headers.get("content-disposition")).toContain(`filename*=UTF-8''${encodeURIComponent(`${s.cityA.name}创文督查通报2026年第12期.docx`)}`);
    expect(Buffer.compare(Buffer.from(await response.arrayBuffer()), await docxOf(publicationId))).toBe(0);
    const html = await bulletinRoute.GET(get(`/api/v1/publications/${publicationId}/bulletin?format=html`), params({ id: publicationId }));
    expect(html.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(html.headers.get("content-security-policy")).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(html.headers.get("content-disposition")).toMatch(/^inline;/);
    const page = await html.text();
    expect(page).toContain("<style>");
    expect(page).toContain("data:image/jpeg;base64,");
    const bad = await bulletinRoute.GET(get(`/api/v1/publications/${publicationId}/bulletin?variant=secret`), params({ id: publicationId }));
    expect(bad.status).toBe(422);
    expect((await bad.json()).fieldErrors.variant).toBeDefined();
  });

  it("is scoped like the publication: another city's office gets 404, a liaison the public variant only", async () => {
    await as(s.actors.cityAdminB);
    expect((await bulletinRoute.GET(get(`/api/v1/publications/${publicationId}/bulletin`), params({ id: publicationId }))).status).toBe(404);
    await as(s.actors.supervisor);
    expect((await bulletinRoute.GET(get(`/api/v1/publications/${publicationId}/bulletin`), params({ id: publicationId }))).status).toBe(200);
    await as(s.actors.liaisonA1);
    expect((await bulletinRoute.GET(get(`/api/v1/publications/${publicationId}/bulletin`), params({ id: publicationId }))).status).toBe(403);
    expect((await bulletinRoute.GET(get(`/api/v1/publications/${publicationId}/bulletin?variant=public`), params({ id: publicationId }))).status).toBe(200);
    expect((await zipRoute.GET(get(`/api/v1/publications/bulletins.zip?year=${YEAR}`), params({}))).status).toBe(403);
  });

  it("bulletins.zip holds each official bulletin of the year once, named by issue number, the superseded one marked", async () => {
    await as(s.actors.cityAdminA);
    const response = await zipRoute.GET(get(`/api/v1/publications/bulletins.zip?year=${YEAR}&city=${s.cityA.id}`), params({}));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    const zip = await JSZip.loadAsync(await response.arrayBuffer());
    expect(Object.keys(zip.files).sort()).toEqual([`${s.cityA.name}创文督查通报2026年第12期（已更正）.docx`, `${s.cityA.name}创文督查通报2026年第13期.docx`]);
    const first = await zip.file(`${s.cityA.name}创文督查通报2026年第12期（已更正）.docx`)!.async("nodebuffer");
    expect(Buffer.compare(first, await docxOf(publicationId))).toBe(0);
    // Another city's office sees none of them; another year is empty.
    expect((await zipBulletins(s.actors.cityAdminB, { year: YEAR })).count).toBe(0);
    expect((await zipBulletins(s.actors.cityAdminA, { year: 2025 })).count).toBe(0);
    expect((await zipRoute.GET(get(`/api/v1/publications/bulletins.zip`), params({}))).status).toBe(422);
  });
});
