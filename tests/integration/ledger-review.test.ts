import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { answerLedgerEntry } from "@/lib/server/ledger/answer-ledger-entry";
import { deleteLedgerEntry } from "@/lib/server/ledger/delete-ledger-entry";
import { getEvidenceFile } from "@/lib/server/evidence/get-evidence-file";
import { listLedgerEntries } from "@/lib/server/ledger/list-ledger-entries";
import { reviewLedgerEntry } from "@/lib/server/ledger/review-ledger-entry";
import { updateLedgerEntry } from "@/lib/server/ledger/update-ledger-entry";
import { imageBytes, pdfBytes } from "@/tests/fixtures/evidence/evidence-files";
import { createLedgerWorld, today, uniqueText, writeEntry, yesterday, type LedgerWorld } from "@/tests/fixtures/evidence/ledger-world";

let w: LedgerWorld;
beforeAll(async () => {
  w = await createLedgerWorld(db());
});

describe("review, return, answer, accept", () => {
  it("goes PENDING → RETURNED (liaisons notified) → answered, PENDING → ACCEPTED", async () => {
    const entry = await writeEntry(w.liaisonA1, { taskId: w.tasks.overdue.id });
    await expect(reviewLedgerEntry(w.office, { id: entry.id, version: 1, decision: "RETURN", comment: "" })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { comment: ["请填写退回意见"] },
    });
    const returned = await reviewLedgerEntry(w.office, { id: entry.id, version: 1, decision: "RETURN", comment: "照片缺少日期和点位名称" });
    expect(returned).toMatchObject({ reviewStatus: "RETURNED", reviewComment: "照片缺少日期和点位名称", reviewedAt: expect.any(String), version: 2 });
    const notices = await db().notification.findMany({ where: { userId: w.liaisonA1.id, kind: "ENTRY_RETURNED", link: `/tasks/${w.tasks.overdue.id}` } });
    expect(notices).toEqual([
      expect.objectContaining({
        title: expect.stringContaining(w.tasks.overdue.title),
        dedupeKey: `ENTRY_RETURNED:${entry.id}:2:${w.liaisonA1.id}`,
        readAt: null,
      }),
    ]);
    // A2's liaison keeps another department's ledger: not told.
    expect(await db().notification.count({ where: { userId: w.liaisonA2.id, dedupeKey: { startsWith: `ENTRY_RETURNED:${entry.id}` } } })).toBe(0);

    await expect(answerLedgerEntry(w.liaisonA1, { id: entry.id, version: 2, answer: " " })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { answer: ["请填写答复"] },
    });
    const answered = await answerLedgerEntry(w.liaisonA1, {
      id: entry.id,
      version: 2,
      answer: "已补拍带日期的照片",
      evidence: [{ name: "补拍.png", bytes: await imageBytes("png", 40, 40) }],
    });
    expect(answered).toMatchObject({
      reviewStatus: "PENDING",
      answer: "已补拍带日期的照片",
      answeredAt: expect.any(String),
      reviewComment: "照片缺少日期和点位名称",
      version: 3,
    });
    expect(answered.evidence).toEqual([expect.objectContaining({ originalName: "补拍.png", hasThumbnail: true })]);
    await expect(answerLedgerEntry(w.liaisonA1, { id: entry.id, version: 3, answer: "再答一次" })).rejects.toMatchObject({ status: 409, code: "CONFLICT" });

    const accepted = await reviewLedgerEntry(w.office, { id: entry.id, version: 3, decision: "ACCEPT" });
    expect(accepted).toMatchObject({ reviewStatus: "ACCEPTED", reviewComment: null, version: 4 });
    const actions = (await db().auditLog.findMany({ where: { entityType: "LedgerEntry", entityId: entry.id }, orderBy: [{ at: "asc" }, { id: "asc" }] })).map(
      (log) => log.action,
    );
    expect(actions).toEqual(["ledger-entry.create", "ledger-entry.review", "ledger-entry.answer", "ledger-entry.review"]);
  });

  it("lets only the office review", async () => {
    const entry = await writeEntry(w.liaisonA1, { taskId: w.tasks.overdue.id });
    await expect(reviewLedgerEntry(w.liaisonA1, { id: entry.id, version: 1, decision: "ACCEPT" })).rejects.toMatchObject({ status: 403 });
    await expect(reviewLedgerEntry(w.s.actors.cityAdminB, { id: entry.id, version: 1, decision: "ACCEPT" })).rejects.toMatchObject({ status: 404 });
  });
});

describe("editing", () => {
  it("answers a stale version with 409 and both versions", async () => {
    const entry = await writeEntry(w.liaisonA1, { taskId: w.tasks.overdue.id, text: "第一版" });
    await updateLedgerEntry(w.office, { id: entry.id, version: 1, text: "文明办改过的" });
    const error = await updateLedgerEntry(w.liaisonA1, { id: entry.id, version: 1, text: "联络员的修改" }).catch((caught) => caught);
    expect(error).toMatchObject({
      status: 409,
      code: "VERSION_CONFLICT",
      details: { current: { id: entry.id, text: "文明办改过的", version: 2 }, submitted: { text: "联络员的修改", version: 1 } },
    });
    expect((await db().ledgerEntry.findUniqueOrThrow({ where: { id: entry.id } })).text).toBe("文明办改过的");
  });

  it("changes text, date and figures, adds and removes evidence", async () => {
    const entry = await writeEntry(w.liaisonA1, { taskId: w.tasks.overdue.id, figures: [{ name: "巡查", value: "3", unit: "次" }] }, [
      { name: "a.pdf", bytes: pdfBytes() },
    ]);
    const updated = await updateLedgerEntry(w.liaisonA1, {
      id: entry.id,
      version: 1,
      text: "改后的内容",
      effectiveDate: today(),
      figures: null,
      removeEvidenceIds: [entry.evidence[0].id],
      evidence: [{ name: "b.png", bytes: await imageBytes("png", 8, 8) }],
    });
    expect(updated).toMatchObject({ text: "改后的内容", effectiveDate: today(), figures: [], version: 2 });
    expect(updated.evidence.map((file) => file.originalName)).toEqual(["b.png"]);
    await expect(getEvidenceFile(w.office, entry.evidence[0].id)).rejects.toMatchObject({ status: 404 });
    await expect(updateLedgerEntry(w.liaisonA1, { id: entry.id, version: 2, removeEvidenceIds: ["not-its-file"] })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { removeEvidenceIds: expect.any(Array) },
    });
  });

  it("keeps an accepted entry from its liaison, not from the office", async () => {
    const entry = await writeEntry(w.liaisonA1, { taskId: w.tasks.overdue.id });
    await reviewLedgerEntry(w.office, { id: entry.id, version: 1, decision: "ACCEPT" });
    await expect(updateLedgerEntry(w.liaisonA1, { id: entry.id, version: 2, text: "想改" })).rejects.toMatchObject({ status: 409, code: "CONFLICT" });
    expect((await updateLedgerEntry(w.office, { id: entry.id, version: 2, text: "文明办更正" })).text).toBe("文明办更正");
  });

  it("lets a liaison change only its own department's entries", async () => {
    const leadEntry = await writeEntry(w.office, { taskId: w.tasks.inProgress.id });
    expect(leadEntry.department.id).toBe(w.s.departmentA2.id);
    await expect(updateLedgerEntry(w.liaisonA1, { id: leadEntry.id, version: 1, text: "改别人的" })).rejects.toMatchObject({ status: 403 });
    const a2Only = await writeEntry(w.liaisonA2, { taskId: w.tasks.notStarted.id });
    await expect(updateLedgerEntry(w.liaisonA1, { id: a2Only.id, version: 1, text: "改别人的" })).rejects.toMatchObject({ status: 404 });
    await expect(deleteLedgerEntry(w.liaisonA1, { id: a2Only.id, version: 1 })).rejects.toMatchObject({ status: 404 });
  });
});

describe("deleting", () => {
  it("withdraws a pending entry and its evidence, refuses an accepted one and a stale version", async () => {
    const entry = await writeEntry(w.liaisonA1, { taskId: w.tasks.overdue.id }, [{ name: "a.pdf", bytes: pdfBytes() }]);
    await expect(deleteLedgerEntry(w.liaisonA1, { id: entry.id, version: 7 })).rejects.toMatchObject({ status: 409, code: "VERSION_CONFLICT" });
    await deleteLedgerEntry(w.liaisonA1, { id: entry.id, version: 1 });
    expect((await listLedgerEntries(w.office, w.tasks.overdue.id)).items.map((item) => item.id)).not.toContain(entry.id);
    await expect(getEvidenceFile(w.office, entry.evidence[0].id)).rejects.toMatchObject({ status: 404 });
    await expect(deleteLedgerEntry(w.liaisonA1, { id: entry.id, version: 2 })).rejects.toMatchObject({ status: 404 });

    const accepted = await writeEntry(w.liaisonA1, { taskId: w.tasks.overdue.id });
    await reviewLedgerEntry(w.office, { id: accepted.id, version: 1, decision: "ACCEPT" });
    await expect(deleteLedgerEntry(w.office, { id: accepted.id, version: 2 })).rejects.toMatchObject({ status: 409, code: "CONFLICT" });
  });
});

describe("reading", () => {
  it("lists a task's entries newest work first, each with its department, writer and evidence", async () => {
    const older = await writeEntry(w.liaisonA1, { taskId: w.tasks.inProgress.id, effectiveDate: "2025-01-02", text: uniqueText() });
    const newer = await writeEntry(w.office, { taskId: w.tasks.inProgress.id, effectiveDate: yesterday(), text: uniqueText() }, [
      { name: "图.png", bytes: await imageBytes("png", 20, 20) },
    ]);
    const { items, total } = await listLedgerEntries(w.liaisonA1, w.tasks.inProgress.id);
    const ids = items.map((item) => item.id);
    expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id));
    expect(total).toBe(items.length);
    expect(items.find((item) => item.id === newer.id)).toMatchObject({
      department: { id: w.s.departmentA2.id },
      evidence: [{ originalName: "图.png", mimeType: "image/png", hasThumbnail: true, size: expect.any(Number) }],
    });
    const dates = items.map((item) => item.effectiveDate);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it("keeps another department's tasks, entries and evidence out of a liaison's reach (404), even by guessed ids", async () => {
    const hidden = await writeEntry(w.liaisonA2, { taskId: w.tasks.notStarted.id }, [{ name: "内部.png", bytes: await imageBytes("png", 20, 20) }]);
    await expect(listLedgerEntries(w.liaisonA1, w.tasks.notStarted.id)).rejects.toMatchObject({ status: 404 });
    await expect(getEvidenceFile(w.liaisonA1, hidden.evidence[0].id)).rejects.toMatchObject({ status: 404 });
    await expect(getEvidenceFile(w.liaisonA1, hidden.evidence[0].id, { thumbnail: true })).rejects.toMatchObject({ status: 404 });
    await expect(getEvidenceFile(w.s.actors.cityAdminB, hidden.evidence[0].id)).rejects.toMatchObject({ status: 404 });
    const file = await getEvidenceFile(w.liaisonA2, hidden.evidence[0].id);
    expect(file).toMatchObject({ mimeType: "image/png", name: "内部.png" });
    expect((await getEvidenceFile(w.s.actors.inspectorA, hidden.evidence[0].id)).bytes.equals(file.bytes)).toBe(true);
  });

  it("has no thumbnail for a document", async () => {
    const entry = await writeEntry(w.liaisonA1, { taskId: w.tasks.overdue.id }, [{ name: "a.pdf", bytes: pdfBytes() }]);
    await expect(getEvidenceFile(w.liaisonA1, entry.evidence[0].id, { thumbnail: true })).rejects.toMatchObject({ status: 404 });
    expect((await getEvidenceFile(w.liaisonA1, entry.evidence[0].id)).mimeType).toBe("application/pdf");
  });
});
