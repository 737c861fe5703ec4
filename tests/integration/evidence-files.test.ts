import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { attachEvidence } from "@/lib/server/evidence/attach-evidence";
import { prepareEvidence } from "@/lib/server/evidence/prepare-evidence";
import { fileStore } from "@/lib/server/storage";
import { createFinding } from "@/tests/factories/inspection";
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
