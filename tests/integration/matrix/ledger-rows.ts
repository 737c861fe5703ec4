import { db } from "@/lib/db";
import type { ReviewStatus } from "@/lib/generated/prisma/enums";
import { answerLedgerEntry } from "@/lib/server/ledger/answer-ledger-entry";
import { deleteLedgerEntry } from "@/lib/server/ledger/delete-ledger-entry";
import { getEvidenceFile } from "@/lib/server/evidence/get-evidence-file";
import { listLedgerEntries } from "@/lib/server/ledger/list-ledger-entries";
import { reviewLedgerEntry } from "@/lib/server/ledger/review-ledger-entry";
import { updateLedgerEntry } from "@/lib/server/ledger/update-ledger-entry";
import { fileStore } from "@/lib/server/storage";
import { pdfBytes } from "@/tests/fixtures/evidence/evidence-files";
import { writeEntry } from "@/tests/fixtures/evidence/ledger-world";
import { createPlan } from "@/tests/factories/plan";
import { createLedgerEntry, createTask } from "@/tests/factories/task";
import { ANY, CITY, OWN, PROVINCE, assertListed, grants, type MatrixFixture, type MatrixRow } from "./types";

// Ledgers: "the record" is a fresh task the target department leads, with an entry (and an
// evidence file) of that department. A liaison reaches its own department's tasks only; another
// department's entries and files do not exist for it, even by id.

const actions = new Map<string, Promise<string>>();

function actionOf(cityId: string): Promise<string> {
  if (!actions.has(cityId))
    actions.set(
      cityId,
      createPlan(db(), { cityId }).then(({ actions: [action] }) => action.id),
    );
  return actions.get(cityId)!;
}

const taskOf = async (f: MatrixFixture) => createTask(db(), { actionId: await actionOf(f.cityId), leadDepartmentId: f.departmentId });

async function entryOf(f: MatrixFixture, reviewStatus: ReviewStatus = "PENDING") {
  const task = await taskOf(f);
  const entry = await createLedgerEntry(db(), { taskId: task.id, departmentId: f.departmentId, reviewStatus });
  const bytes = pdfBytes();
  const evidence = await db().evidenceFile.create({
    data: {
      cityId: f.cityId,
      ledgerEntryId: entry.id,
      contentHash: await fileStore().put(bytes),
      size: bytes.length,
      mimeType: "application/pdf",
      originalName: "佐证.pdf",
      uploadedById: entry.createdById,
    },
  });
  return { task, entry, evidence };
}

const WRITERS = { CITY_ADMIN: CITY, DEPARTMENT_LIAISON: OWN };
const READERS = { SYSTEM_ADMIN: ANY, PROVINCE_SUPERVISOR: PROVINCE, CITY_ADMIN: CITY, INSPECTOR: CITY, DEPARTMENT_LIAISON: OWN };

export const ledgerRows: MatrixRow[] = [
  {
    action: "ledger-entry.create",
    run: async (actor, f) => writeEntry(actor, { taskId: (await taskOf(f)).id }),
    expect: grants(WRITERS),
  },
  {
    action: "ledger-entry.list",
    run: async (actor, f) => {
      const { task, entry } = await entryOf(f);
      assertListed((await listLedgerEntries(actor, task.id)).items, entry.id);
    },
    expect: grants(READERS),
  },
  {
    action: "evidence.read",
    run: async (actor, f) => getEvidenceFile(actor, (await entryOf(f)).evidence.id),
    expect: grants(READERS),
  },
  {
    action: "ledger-entry.review",
    run: async (actor, f) => reviewLedgerEntry(actor, { id: (await entryOf(f)).entry.id, version: 1, decision: "ACCEPT" }),
    expect: grants({ CITY_ADMIN: CITY }),
  },
  {
    action: "ledger-entry.update",
    run: async (actor, f) => updateLedgerEntry(actor, { id: (await entryOf(f)).entry.id, version: 1, text: "矩阵更正" }),
    expect: grants(WRITERS),
  },
  {
    action: "ledger-entry.delete",
    run: async (actor, f) => deleteLedgerEntry(actor, { id: (await entryOf(f)).entry.id, version: 1 }),
    expect: grants(WRITERS),
  },
  {
    action: "ledger-entry.answer",
    run: async (actor, f) => answerLedgerEntry(actor, { id: (await entryOf(f, "RETURNED")).entry.id, version: 1, answer: "已补充材料" }),
    expect: grants(WRITERS),
  },
];
