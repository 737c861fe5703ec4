import sharp from "sharp";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { getEvidenceFile } from "@/lib/server/evidence/get-evidence-file";
import { listLedgerEntries } from "@/lib/server/ledger/list-ledger-entries";
import { fileStore } from "@/lib/server/storage";
import { contentHashOf } from "@/lib/server/storage/file-store";
import { createUser } from "@/tests/factories/user";
import { brokenPngBytes, exeBytes, imageBytes, ooxmlBytes, oleBytes, pdfBytes } from "@/tests/fixtures/evidence/evidence-files";
import { createLedgerWorld, today, tomorrow, uniqueText, writeEntry, type LedgerWorld } from "@/tests/fixtures/evidence/ledger-world";

let w: LedgerWorld;
beforeAll(async () => {
  w = await createLedgerWorld(db());
});

const savedLimit = process.env.UPLOAD_MAX_BYTES;
afterEach(() => {
  if (savedLimit === undefined) delete process.env.UPLOAD_MAX_BYTES;
  else process.env.UPLOAD_MAX_BYTES = savedLimit;
  resetEnvCache();
});

const entriesWithText = (text: string) => db().ledgerEntry.count({ where: { text } });

describe("adding an entry", () => {
  it("stores a liaison's entry for its department with figures, evidence by detected type and an image thumbnail", async () => {
    const text = uniqueText("公益广告排查");
    const row = await writeEntry(
      w.liaisonA1,
      {
        taskId: w.tasks.overdue.id,
        effectiveDate: today(),
        text,
        figures: JSON.stringify([{ name: "公益广告新增", value: "120", unit: "处" }]),
      },
      [
        { name: "现场照片.jpg", bytes: await imageBytes("png", 1200, 900) },
        { name: "通报.pdf", bytes: pdfBytes() },
        { name: "总结.docx", bytes: await ooxmlBytes("word") },
        { name: "旧表.xls", bytes: oleBytes("Workbook") },
      ],
    );
    expect(row).toMatchObject({
      taskId: w.tasks.overdue.id,
      department: { id: w.s.departmentA1.id, name: w.s.departmentA1.name },
      effectiveDate: today(),
      text,
      figures: [{ name: "公益广告新增", value: "120", unit: "处" }],
      reviewStatus: "PENDING",
      reviewComment: null,
      answer: null,
      version: 1,
      createdBy: { name: expect.any(String) },
    });
    expect(row.evidence.map(({ originalName, mimeType, hasThumbnail }) => ({ originalName, mimeType, hasThumbnail }))).toEqual([
      // A PNG uploaded as .jpg is named by what it is.
      { originalName: "现场照片.png", mimeType: "image/png", hasThumbnail: true },
      { originalName: "通报.pdf", mimeType: "application/pdf", hasThumbnail: false },
      { originalName: "总结.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", hasThumbnail: false },
      { originalName: "旧表.xls", mimeType: "application/vnd.ms-excel", hasThumbnail: false },
    ]);
    const thumbnail = await getEvidenceFile(w.liaisonA1, row.evidence[0].id, { thumbnail: true });
    expect(thumbnail.mimeType).toBe("image/jpeg");
    expect(await sharp(thumbnail.bytes).metadata()).toMatchObject({ format: "jpeg", width: 320, height: 240 });
    const record = await db().evidenceFile.findUniqueOrThrow({ where: { id: row.evidence[0].id } });
    expect(await fileStore().has(record.contentHash)).toBe(true);
    expect(await fileStore().has(record.thumbnailHash!)).toBe(true);
    const audit = await db().auditLog.findFirst({ where: { entityType: "LedgerEntry", entityId: row.id } });
    expect(audit).toMatchObject({ action: "ledger-entry.create", cityId: w.s.cityA.id });
  });

  it("labels a co-department's entry with that department", async () => {
    const row = await writeEntry(w.liaisonA1, { taskId: w.tasks.inProgress.id });
    expect(row.department.id).toBe(w.s.departmentA1.id);
    const listed = await listLedgerEntries(w.office, w.tasks.inProgress.id);
    expect(listed.items.find((item) => item.id === row.id)?.department.name).toBe(w.s.departmentA1.name);
  });

  it("lets the office write for the lead by default or for a co-department, never for an uninvolved one", async () => {
    expect((await writeEntry(w.office, { taskId: w.tasks.inProgress.id })).department.id).toBe(w.s.departmentA2.id);
    expect((await writeEntry(w.office, { taskId: w.tasks.inProgress.id, departmentId: w.s.departmentA1.id })).department.id).toBe(w.s.departmentA1.id);
    await expect(writeEntry(w.office, { taskId: w.tasks.overdue.id, departmentId: w.s.departmentA2.id })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { departmentId: ["该单位不是此任务的牵头或配合单位"] },
    });
  });

  it("refuses a liaison on a task outside its department (404) or writing for another department (422)", async () => {
    await expect(writeEntry(w.liaisonA1, { taskId: w.tasks.notStarted.id })).rejects.toMatchObject({ status: 404 });
    await expect(writeEntry(w.liaisonA1, { taskId: w.tasks.cityB.id })).rejects.toMatchObject({ status: 404 });
    await expect(writeEntry(w.liaisonA1, { taskId: w.tasks.deleted.id })).rejects.toMatchObject({ status: 404 });
    await expect(writeEntry(w.liaisonA1, { taskId: w.tasks.inProgress.id, departmentId: w.s.departmentA2.id })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { departmentId: expect.any(Array) },
    });
    await expect(writeEntry(w.s.actors.inspectorA, { taskId: w.tasks.overdue.id })).rejects.toMatchObject({ status: 403 });
  });

  it("refuses a work date after today, and a date that does not exist", async () => {
    await expect(writeEntry(w.liaisonA1, { taskId: w.tasks.overdue.id, effectiveDate: tomorrow() })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { effectiveDate: ["工作日期不能晚于今天"] },
    });
    await expect(writeEntry(w.liaisonA1, { taskId: w.tasks.overdue.id, effectiveDate: "2026-02-30" })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { effectiveDate: [expect.stringContaining("有效日期")] },
    });
  });

  it("refuses a task still in draft or already signed off with a clear conflict", async () => {
    await expect(writeEntry(w.office, { taskId: w.tasks.draft.id })).rejects.toMatchObject({
      status: 409,
      code: "CONFLICT",
      message: expect.stringContaining("尚未交办"),
    });
    await expect(writeEntry(w.office, { taskId: w.tasks.completed.id })).rejects.toMatchObject({ status: 409, message: expect.stringContaining("已办结") });
  });

  it("reports every invalid field at once: text, figures, occurrence", async () => {
    const error = await writeEntry(w.liaisonA1, {
      taskId: w.tasks.overdue.id,
      text: " ",
      figures: JSON.stringify([{ name: "", value: "很多" }]),
    }).catch((caught) => caught);
    expect(error).toMatchObject({
      status: 422,
      fieldErrors: { text: ["请填写工作内容"], "figures.0.name": ["请填写指标名称"], "figures.0.value": [expect.stringContaining("数字")] },
    });
    await expect(writeEntry(w.liaisonA1, { taskId: w.tasks.overdue.id, figures: "{不是JSON" })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { figures: [expect.stringContaining("量化指标格式有误")] },
    });
    await expect(writeEntry(w.liaisonA1, { taskId: w.tasks.overdue.id, text: "长".repeat(5001) })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { text: expect.any(Array) },
    });
  });

  it("ties an entry to an occurrence of its own task only", async () => {
    const occurrence = await db().taskOccurrence.findFirstOrThrow({ where: { taskId: w.tasks.recurring.id } });
    expect((await writeEntry(w.office, { taskId: w.tasks.recurring.id, occurrenceId: occurrence.id })).occurrenceId).toBe(occurrence.id);
    await expect(writeEntry(w.office, { taskId: w.tasks.inProgress.id, occurrenceId: occurrence.id })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { occurrenceId: ["该周期不属于此任务"] },
    });
  });
});

describe("rejected evidence files", () => {
  it("refuses an .exe renamed .jpg with 415, naming the file and the allowed kinds, and writes nothing", async () => {
    const text = uniqueText();
    const error = await writeEntry(w.liaisonA1, { taskId: w.tasks.overdue.id, text }, [
      { name: "照片.jpg", bytes: await imageBytes("jpeg", 10, 10) },
      { name: "整改照片.jpg", bytes: exeBytes() },
    ]).catch((caught) => caught);
    expect(error).toMatchObject({ status: 415, code: "UNSUPPORTED_MEDIA_TYPE" });
    expect(error.message).toMatch(/整改照片\.jpg.*图片.*PDF.*Office/);
    expect(await entriesWithText(text)).toBe(0);
  });

  it("refuses a file over UPLOAD_MAX_BYTES with 413 naming the file and the limit in MB", async () => {
    process.env.UPLOAD_MAX_BYTES = String(1024 * 1024);
    resetEnvCache();
    const text = uniqueText();
    const big = new Uint8Array(1024 * 1024 + 1);
    big.set(pdfBytes());
    const error = await writeEntry(w.liaisonA1, { taskId: w.tasks.overdue.id, text }, [{ name: "会议纪要.pdf", bytes: big }]).catch((caught) => caught);
    expect(error).toMatchObject({ status: 413, code: "PAYLOAD_TOO_LARGE", message: expect.stringMatching(/会议纪要\.pdf.*1 MB/) });
    expect(await entriesWithText(text)).toBe(0);
  });

  it("refuses an empty file as a field error on evidence, together with the other field errors", async () => {
    const error = await writeEntry(w.liaisonA1, { taskId: w.tasks.overdue.id, text: "" }, [{ name: "空白.png", bytes: new Uint8Array() }]).catch(
      (caught) => caught,
    );
    expect(error).toMatchObject({ status: 422, fieldErrors: { text: expect.any(Array), evidence: [expect.stringContaining("空白.png")] } });
  });

  it("refuses an image that cannot be decoded with 422 图片无法读取", async () => {
    await expect(writeEntry(w.liaisonA1, { taskId: w.tasks.overdue.id }, [{ name: "坏图.png", bytes: brokenPngBytes() }])).rejects.toMatchObject({
      status: 422,
      fieldErrors: { evidence: [expect.stringContaining("图片无法读取")] },
    });
  });
});

describe("files of a refused entry", () => {
  // Before the phases, the ledger upload path stored files after the permission only: a user who
  // must change the initial password, or one writing on another department's task, left files in
  // the store before the use case refused it.
  it("are never stored for a user who must change the initial password, nor for a task out of scope (404)", async () => {
    const forced = (await createUser(db(), { role: "DEPARTMENT_LIAISON", cityId: w.s.cityA.id, departmentId: w.s.departmentA1.id, mustChangePassword: true }))
      .actor;
    const first = new Uint8Array([...pdfBytes(), ...new TextEncoder().encode(uniqueText("forced"))]);
    await expect(writeEntry(forced, { taskId: w.tasks.overdue.id }, [{ name: "a.pdf", bytes: first }])).rejects.toMatchObject({ status: 403 });
    expect(await fileStore().has(contentHashOf(first))).toBe(false);

    const second = new Uint8Array([...pdfBytes(), ...new TextEncoder().encode(uniqueText("scope"))]);
    await expect(writeEntry(w.liaisonA1, { taskId: w.tasks.cityB.id }, [{ name: "b.pdf", bytes: second }])).rejects.toMatchObject({ status: 404 });
    await expect(writeEntry(w.liaisonA1, { taskId: w.tasks.draft.id }, [{ name: "b.pdf", bytes: second }])).rejects.toMatchObject({ status: 409 });
    expect(await fileStore().has(contentHashOf(second))).toBe(false);
  });
});
