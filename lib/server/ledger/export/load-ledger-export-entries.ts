import { db } from "@/lib/db";
import { formatBusinessDate } from "@/lib/domain/dates";
import type { LedgerExportEntry } from "@/lib/domain/ledger/ledger-export-rows";
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
 */
export async function loadLedgerExportEntries(target: ExportTarget): Promise<LedgerExportEntry[]> {
  const records = await db().ledgerEntry.findMany({
    where: {
      cityId: target.cityId,
      deletedAt: null,
      task: { deletedAt: null },
      ...(target.departmentId ? { departmentId: target.departmentId } : {}),
    },
    select: {
      id: true,
      effectiveDate: true,
      text: true,
      reviewStatus: true,
      department: { select: { name: true } },
      task: { select: { title: true, responsiblePerson: true, criteria: { select: { criterion: { select: criterionSelect } } } } },
      evidence: { where: { deletedAt: null }, select: { originalName: true, contentHash: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
    orderBy: [{ effectiveDate: "asc" }, { id: "asc" }],
  });
  return records.map((record) => ({
    id: record.id,
    effectiveDate: formatBusinessDate(record.effectiveDate),
    text: record.text,
    reviewStatus: record.reviewStatus,
    department: record.department.name,
    task: {
      title: record.task.title,
      responsiblePerson: record.task.responsiblePerson,
      criteria: record.task.criteria.map(({ criterion }) => ({
        code: criterion.code,
        name: criterion.name,
        category: criterion.content.category.name,
        content: criterion.content.name,
        onlineSubmissionRule: criterion.onlineSubmissionRule,
      })),
    },
    evidence: record.evidence,
  }));
}
