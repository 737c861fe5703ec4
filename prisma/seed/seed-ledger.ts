import { randomUUID } from "node:crypto";
import { addDays, parseBusinessDate } from "@/lib/domain/dates";
import type { ReviewStatus } from "@/lib/generated/prisma/enums";
import { dispatchedNotice } from "@/lib/server/notifications/task-notices";
import { notifyUsers } from "@/lib/server/notifications/notify";
import type { Tx } from "@/lib/server/tx";
import { PDF_NAMES, answerText, entryText, returnComment } from "./data/ledger-texts";
import { LEDGER_WINDOW_DAYS, between, pick, type Random } from "./data/task-fates";
import type { SampleFile } from "./evidence-images";
import type { SeededTask } from "./seed-tasks";

// The demo city's ledgers: a few hundred entries over the last five months by the lead and
// co-departments of each task, reviewed by the office (some returned, a few answered), with
// sample photos and PDFs as evidence, and the liaison's notifications.

export type LedgerSeedContext = {
  cityId: string;
  today: string;
  random: Random;
  officeUserId: string;
  /** Who writes for a department: its liaison when it has one, else the office (which may write for any). */
  writerOf: (departmentId: string) => string;
  liaison: { userId: string; departmentId: string };
  evidence: { photos: readonly SampleFile[]; pdfs: readonly SampleFile[] };
};

type PlannedEntry = {
  id: string;
  task: SeededTask;
  departmentId: string;
  occurrenceId: string | null;
  date: string;
  status: ReviewStatus;
  isReturnable: boolean;
};

const RETURNED_COUNT = 15;
const ANSWERED_COUNT = 4;
const DAY_MS = 86_400_000;

const instantOf = (date: string, days: number, hour: number) => new Date(parseBusinessDate(date).getTime() + days * DAY_MS + (hour - 8) * 3600_000);
const dateBetween = (random: Random, from: string, to: string) => addDays(from, between(random, 0, Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS)));

function reviewOf(random: Random, date: string, today: string): ReviewStatus {
  const isOld = date <= addDays(today, -21);
  return random() < (isOld ? 0.85 : 0.25) ? "ACCEPTED" : "PENDING";
}

function writerDepartment(random: Random, task: SeededTask): string {
  return task.coDepartmentIds.length > 0 && random() < 0.3 ? pick(random, task.coDepartmentIds) : task.leadDepartmentId;
}

/** The entries of one task: by its fate, never after today, never before the ledger window. */
function planEntries(task: SeededTask, { today, random }: LedgerSeedContext): PlannedEntry[] {
  const windowStart = addDays(today, -LEDGER_WINDOW_DAYS);
  const entry = (date: string, occurrenceId: string | null, status: ReviewStatus, isReturnable: boolean): PlannedEntry => ({
    id: randomUUID(),
    task,
    departmentId: writerDepartment(random, task),
    occurrenceId,
    date,
    status,
    isReturnable,
  });
  switch (task.fate) {
    case "IN_PROGRESS":
    case "IN_PROGRESS_UNACKNOWLEDGED":
      return Array.from({ length: between(random, 3, 6) }, () => {
        const date = dateBetween(random, windowStart, today);
        return entry(date, null, reviewOf(random, date, today), true);
      });
    case "COMPLETED":
      return Array.from({ length: between(random, 3, 6) }, () => entry(dateBetween(random, windowStart, task.deadline!), null, "ACCEPTED", false));
    case "OVERDUE":
      return Array.from({ length: between(random, 0, 2) }, () => {
        const date = dateBetween(random, windowStart, addDays(task.deadline!, -1));
        return entry(date, null, reviewOf(random, date, today), true);
      });
    case "RECURRING":
    case "RECURRING_MISSED": {
      const open = task.occurrences.filter((o) => !o.isSignedOff && o.periodStart <= today);
      const lastDue = [...open].reverse().find((o) => o.dueDate < today);
      return open
        .filter((o) => !(task.fate === "RECURRING_MISSED" && o === lastDue))
        .map((o) => {
          const date = dateBetween(random, o.periodStart < windowStart ? windowStart : o.periodStart, o.periodEnd < today ? o.periodEnd : today);
          return entry(date, o.id, reviewOf(random, date, today), false);
        });
    }
    default:
      return [];
  }
}

/** ~15 entries returned, the liaison's department first so its home shows some; a few answered. */
function chooseReturned(entries: PlannedEntry[], context: LedgerSeedContext): { returned: PlannedEntry[]; answered: Set<PlannedEntry> } {
  const candidates = entries.filter((e) => e.isReturnable).map((e) => ({ e, key: context.random() }));
  candidates.sort(
    (a, b) => Number(b.e.departmentId === context.liaison.departmentId) - Number(a.e.departmentId === context.liaison.departmentId) || a.key - b.key,
  );
  const own = candidates.filter(({ e }) => e.departmentId === context.liaison.departmentId).slice(0, 4);
  const others = candidates.filter(({ e }) => e.departmentId !== context.liaison.departmentId).slice(0, RETURNED_COUNT - own.length);
  const returned = [...own, ...others].map(({ e }) => e);
  return { returned, answered: new Set([returned[1], ...others.slice(0, ANSWERED_COUNT - 1).map(({ e }) => e)]) };
}

export async function seedLedger(tx: Tx, tasks: readonly SeededTask[], context: LedgerSeedContext): Promise<{ entries: number; evidence: number }> {
  const { cityId, random, officeUserId } = context;
  const entries = tasks.flatMap((task) => planEntries(task, context));
  const { returned, answered } = chooseReturned(entries, context);
  const returnedSet = new Set(returned);
  const now = Date.now();
  const capped = (instant: Date) => new Date(Math.min(instant.getTime(), now));
  const rows = entries.map((e) => {
    const createdAt = capped(instantOf(e.date, between(random, 0, 2), between(random, 9, 20)));
    const isReturned = returnedSet.has(e);
    const status: ReviewStatus = isReturned ? (answered.has(e) ? "PENDING" : "RETURNED") : e.status;
    const reviewedAt = isReturned || status === "ACCEPTED" ? capped(new Date(createdAt.getTime() + between(random, 1, 3) * DAY_MS)) : null;
    const unit = e.task.seed.targetUnit;
    return {
      id: e.id,
      cityId,
      taskId: e.task.id,
      departmentId: e.departmentId,
      occurrenceId: e.occurrenceId,
      effectiveDate: parseBusinessDate(e.date),
      text: entryText(random, e.task.seed.title),
      figures: unit && unit !== "%" && random() < 0.6 ? [{ name: "本次完成", value: String(between(random, 1, 30)), unit }] : undefined,
      reviewStatus: status,
      reviewComment: isReturned ? returnComment(random) : null,
      reviewedAt,
      reviewedById: reviewedAt ? officeUserId : null,
      answer: answered.has(e) ? answerText(random) : null,
      answeredAt: answered.has(e) && reviewedAt ? capped(new Date(reviewedAt.getTime() + DAY_MS)) : null,
      createdById: context.writerOf(e.departmentId),
      createdAt,
    };
  });
  await tx.ledgerEntry.createMany({ data: rows });
  const evidence = rows.flatMap((row) => {
    const files: { file: SampleFile; name: string }[] = [];
    if (random() < 0.88) {
      const count = between(random, 1, 3);
      for (let i = 1; i <= count; i += 1) files.push({ file: pick(random, context.evidence.photos), name: `现场照片-${String(i).padStart(2, "0")}.jpg` });
    }
    if (random() < 0.12) files.push({ file: pick(random, context.evidence.pdfs), name: pick(random, PDF_NAMES) });
    return files.map(({ file, name }) => ({
      cityId,
      ledgerEntryId: row.id,
      uploadedById: row.createdById,
      createdAt: row.createdAt,
      originalName: name,
      contentHash: file.contentHash,
      thumbnailHash: file.thumbnailHash,
      size: file.size,
      mimeType: file.mimeType,
    }));
  });
  await tx.evidenceFile.createMany({ data: evidence });
  await notifyLiaison(tx, tasks, rows, context);
  return { entries: rows.length, evidence: evidence.length };
}

/** The demo liaison's inbox: its unacknowledged tasks and its returned entries. */
async function notifyLiaison(
  tx: Tx,
  tasks: readonly SeededTask[],
  rows: readonly { id: string; taskId: string; departmentId: string; effectiveDate: Date; reviewStatus: ReviewStatus; reviewComment: string | null }[],
  context: LedgerSeedContext,
) {
  const { userId, departmentId } = context.liaison;
  const byId = new Map(tasks.map((task) => [task.id, task]));
  const noticeTask = (task: SeededTask) => ({
    id: task.id,
    cityId: context.cityId,
    title: task.seed.title,
    leadDepartmentId: task.leadDepartmentId,
    coDepartments: task.coDepartmentIds.map((id) => ({ departmentId: id })),
  });
  for (const task of tasks) {
    const isOwn = task.leadDepartmentId === departmentId || task.coDepartmentIds.includes(departmentId);
    if (!isOwn || !["NOT_STARTED", "IN_PROGRESS_UNACKNOWLEDGED"].includes(task.fate)) continue;
    await notifyUsers(tx, [userId], dispatchedNotice(noticeTask(task), task.deadline, new Date(0)));
  }
  for (const row of rows) {
    if (row.departmentId !== departmentId || row.reviewStatus !== "RETURNED") continue;
    const task = byId.get(row.taskId)!;
    await notifyUsers(tx, [userId], {
      kind: "ENTRY_RETURNED",
      cityId: context.cityId,
      title: `台账被退回：${task.seed.title}`,
      body: `${row.effectiveDate.toISOString().slice(0, 10)} 的台账被市文明办退回，退回意见：${row.reviewComment}`,
      link: `/tasks/${task.id}`,
      dedupeKey: `ENTRY_RETURNED:${row.id}:1`,
    });
  }
}
