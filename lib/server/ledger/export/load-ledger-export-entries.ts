import { db } from "@/lib/db";
import { formatBusinessDate } from "@/lib/domain/dates";
import type { LedgerCriterion, LedgerEvidence, LedgerExportEntry } from "@/lib/domain/ledger/ledger-export-rows";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ExportTarget } from "./resolve-export-target";

const criterionSelect = {
  code: true,
  name: true,
  // A city's local criterion carries its own rule; edition criteria are not localized in this field.
  onlineSubmissionRule: true,
  content: { select: { name: true, category: { select: { name: true } } } },
} as const;

/**
 * The live entries of live tasks in the target (a department's ledger is the entries it wrote),
 * with their live evidence in upload order, as the plain data the export builds rows from.
 * Four flat queries filtered by the same `where` rather than nested includes: a city has tens of
 * thousands of entries, and id lists that long are slow to send and to plan.
 */
export async function loadLedgerExportEntries(target: ExportTarget): Promise<LedgerExportEntry[]> {
  const where: Prisma.LedgerEntryWhereInput = {
    cityId: target.cityId,
    deletedAt: null,
    task: { deletedAt: null },
    ...(target.departmentId ? { departmentId: target.departmentId } : {}),
  };
  const [records, departments, tasks, files] = await Promise.all([
    db().ledgerEntry.findMany({
      where,
      select: { id: true, taskId: true, departmentId: true, effectiveDate: true, text: true, reviewStatus: true },
      orderBy: [{ effectiveDate: "asc" }, { id: "asc" }],
    }),
    db().department.findMany({ where: { cityId: target.cityId }, select: { id: true, name: true } }),
    db().task.findMany({
      where: { cityId: target.cityId, deletedAt: null, ledgerEntries: { some: where } },
      select: { id: true, title: true, responsiblePerson: true, criteria: { select: { criterion: { select: criterionSelect } } } },
    }),
    db().evidenceFile.findMany({
      where: { deletedAt: null, ledgerEntry: where },
      select: { ledgerEntryId: true, originalName: true, mimeType: true, contentHash: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
  ]);
  const departmentName = new Map(departments.map((department) => [department.id, department.name]));
  const taskOf = new Map(
    tasks.map((task) => [
      task.id,
      {
        title: task.title,
        responsiblePerson: task.responsiblePerson,
        criteria: task.criteria.map(({ criterion }): LedgerCriterion => ({
          code: criterion.code,
          name: criterion.name,
          category: criterion.content.category.name,
          content: criterion.content.name,
          onlineSubmissionRule: criterion.onlineSubmissionRule,
        })),
      },
    ]),
  );
  const evidenceOf = new Map<string, LedgerEvidence[]>();
  for (const { ledgerEntryId, originalName, mimeType, contentHash } of files) {
    const list = evidenceOf.get(ledgerEntryId!) ?? [];
    list.push({ originalName, mimeType, contentHash });
    evidenceOf.set(ledgerEntryId!, list);
  }
  return records.map((record) => ({
    id: record.id,
    effectiveDate: formatBusinessDate(record.effectiveDate),
    text: record.text,
    reviewStatus: record.reviewStatus,
    department: departmentName.get(record.departmentId) ?? "",
    task: taskOf.get(record.taskId)!,
    evidence: evidenceOf.get(record.id) ?? [],
  }));
}
