import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { attachEvidence } from "@/lib/server/evidence/attach-evidence";
import { getEvidenceFile } from "@/lib/server/evidence/get-evidence-file";
import { prepareEvidence } from "@/lib/server/evidence/prepare-evidence";
import { fileStore } from "@/lib/server/storage";
import type { Actor } from "@/lib/auth/actor";
import type { EvidenceOwner } from "@/lib/server/evidence/attach-evidence";
import { createCheck, createFinding, createRound } from "@/tests/factories/inspection";
import { createUser } from "@/tests/factories/user";
import { createLedgerEntry, createTaskScenario } from "@/tests/factories/task";
import { jpegWithGpsBytes, pdfBytes } from "@/tests/fixtures/evidence/evidence-files";

// The evidence home: files are checked and stored outside the transaction, recorded inside it
// against exactly one owner (the database holds that rule too).

let w: Awaited<ReturnType<typeof createTaskScenario>>;
let entryId: string;
let findingId: string;
beforeAll(async () => {
  w = await createTaskScenario(db());
  entryId = (await createLedgerEntry(db(), { taskId: w.tasks.overdue.id, departmentId: w.s.departmentA1.id })).id;
  findingId = (await createFinding(db(), { cityId: w.s.cityA.id, departmentId: w.s.departmentA1.id, due: "2026-03-10" })).id;
});

const fileRow = (owners: Record<string, string>) => ({
  cityId: w.s.cityA.id,
  contentHash: "0".repeat(64),
  size: 1,
  mimeType: "application/pdf",
  originalName: "一页.pdf",
  uploadedById: w.s.actors.liaisonA1.id,
  ...owners,
});

describe("an evidence file's owner", () => {
  it("is exactly one record: the database refuses a file with none or two", async () => {
    await expect(db().evidenceFile.create({ data: fileRow({}) })).rejects.toThrow(/EvidenceFile_exactly_one_owner/);
    await expect(db().evidenceFile.create({ data: fileRow({ ledgerEntryId: entryId, findingId }) })).rejects.toThrow(/EvidenceFile_exactly_one_owner/);
    await expect(db().evidenceFile.create({ data: fileRow({ findingId }) })).resolves.toMatchObject({ findingId, ledgerEntryId: null });
  });

  it("is set by attachEvidence from the owner it is given, in one transaction with the caller's writes", async () => {
    const [prepared] = await prepareEvidence([{ name: "说明.pdf", bytes: pdfBytes() }]);
    const ids = await db().$transaction((tx) =>
      attachEvidence(tx, { owner: { ledgerEntryId: entryId }, cityId: w.s.cityA.id, uploadedById: w.s.actors.liaisonA1.id, files: [prepared, prepared] }),
    );
    expect(ids).toHaveLength(2);
    const rows = await db().evidenceFile.findMany({ where: { id: { in: ids.map(({ id }) => id) } } });
    expect(rows.every((row) => row.ledgerEntryId === entryId && row.findingId === null && row.checkId === null)).toBe(true);
    expect(rows[0]).toMatchObject({ contentHash: prepared.contentHash, originalName: "说明.pdf", mimeType: "application/pdf" });
  });
});

describe("prepareEvidence", () => {
  it("burns the watermark into the stored photo, which stays a JPEG without EXIF, and names errors on the field given", async () => {
    const photo = { name: "现场.jpg", bytes: await jpegWithGpsBytes(320, 240) };
    const [plain] = await prepareEvidence([photo]);
    const [stamped] = await prepareEvidence([photo], { watermark: ["2026-12-03 09:15 +08:00", "SITE XH-01 INSP ins01"] });
    expect(stamped.contentHash).not.toBe(plain.contentHash);
    const bytes = (await fileStore().get(stamped.contentHash))!;
    const meta = await sharp(bytes).metadata();
    expect(meta).toMatchObject({ format: "jpeg", width: 240, height: 320 });
    expect(meta.exif).toBeUndefined();
    expect(stamped.thumbnailHash).toMatch(/^[0-9a-f]{64}$/);

    const broken = { name: "坏图.jpg", bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0]) };
    await expect(prepareEvidence([broken], { field: "evidence" })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { evidence: [expect.stringContaining("坏图.jpg")] },
    });
    await expect(prepareEvidence([broken])).rejects.toMatchObject({ status: 422, fieldErrors: { photos: [expect.any(String)] } });
  });
});

describe("reading a file", () => {
  // One file per owner; each is read through its owner's scope, and beyond it is 404.
  const files: Record<string, string> = {};
  let liaisonA2: Actor;
  beforeAll(async () => {
    const { s, criteria } = w;
    liaisonA2 = (await createUser(db(), { role: "DEPARTMENT_LIAISON", cityId: s.cityA.id, departmentId: s.departmentA2.id })).actor;
    const editionId = (await db().criterion.findUniqueOrThrow({ where: { id: criteria[0].id }, select: { editionId: true } })).editionId;
    const checkIn = async (cityId: string, departmentId: string) => {
      const round = await createRound(db(), { cityId, editionId, createdById: s.actors.cityAdminA.id });
      return createCheck(db(), { round, criterionId: criteria[0].id, inspectorId: s.actors.inspectorA.id, departmentIds: [departmentId] });
    };
    const findingA2 = await createFinding(db(), { cityId: s.cityA.id, departmentId: s.departmentA2.id, due: "2026-03-10" });
    const reply = await db().rectificationEvent.create({ data: { cityId: s.cityA.id, findingId: findingA2.id, kind: "REPLIED", note: "已整改" } });
    const owners: Record<string, EvidenceOwner> = {
      checkA: { checkId: (await checkIn(s.cityA.id, s.departmentA1.id)).id },
      checkB: { checkId: (await checkIn(s.cityB.id, s.departmentB1.id)).id },
      findingA1: { findingId },
      replyA2: { rectificationEventId: reply.id },
    };
    const [prepared] = await prepareEvidence([{ name: "现场.pdf", bytes: pdfBytes() }]);
    for (const [key, owner] of Object.entries(owners)) {
      const cityId = key === "checkB" ? s.cityB.id : s.cityA.id;
      [{ id: files[key] }] = await db().$transaction((tx) => attachEvidence(tx, { owner, cityId, uploadedById: s.actors.inspectorA.id, files: [prepared] }));
    }
  });

  const readable = async (actor: Actor, key: string) =>
    getEvidenceFile(actor, files[key]).then(
      () => true,
      (error: { status: number }) => (error.status === 404 ? false : Promise.reject(error)),
    );

  it("of a check: the city's office and inspectors and the system admin; no supervisor (unpublished results), no liaison, no other city", async () => {
    const { actors } = w.s;
    for (const actor of [actors.cityAdminA, actors.inspectorA, actors.systemAdmin]) expect(await readable(actor, "checkA")).toBe(true);
    expect(await readable(actors.supervisor, "checkA")).toBe(false);
    expect(await readable(actors.liaisonA1, "checkA")).toBe(false);
    expect(await readable(actors.cityAdminB, "checkA")).toBe(false);
    expect(await readable(actors.cityAdminA, "checkB")).toBe(false);
    expect(await readable(actors.cityAdminB, "checkB")).toBe(true);
  });

  it("of a finding or a rectification reply: the city's office and inspectors, and only the liaison of the finding's department", async () => {
    const { actors } = w.s;
    expect(await readable(actors.cityAdminA, "findingA1")).toBe(true);
    expect(await readable(actors.inspectorA, "findingA1")).toBe(true);
    expect(await readable(actors.liaisonA1, "findingA1")).toBe(true);
    expect(await readable(liaisonA2, "findingA1")).toBe(false);
    expect(await readable(actors.cityAdminB, "findingA1")).toBe(false);

    expect(await readable(actors.cityAdminA, "replyA2")).toBe(true);
    expect(await readable(liaisonA2, "replyA2")).toBe(true);
    expect(await readable(actors.liaisonA1, "replyA2")).toBe(false);
    expect(await readable(actors.cityAdminB, "replyA2")).toBe(false);
  });

  it("that was deleted is not found by anyone", async () => {
    await db().evidenceFile.update({ where: { id: files.findingA1 }, data: { deletedAt: new Date() } });
    expect(await readable(w.s.actors.cityAdminA, "findingA1")).toBe(false);
  });
});
