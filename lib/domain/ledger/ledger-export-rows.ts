import { nameForMimeType } from "@/lib/domain/evidence/name-for-kind";

// The ledger export (工作台账) in the layout city offices hand in: one row per ledger entry and
// criterion its task serves. Pure: the server loads plain data, this shapes and orders it.

export type ReviewStatus = "PENDING" | "ACCEPTED" | "RETURNED";

export type LedgerCriterion = {
  code: string;
  name: string;
  /** 指标名称: the criterion's category (测评项目). */
  category: string;
  /** 测评内容 */
  content: string;
  onlineSubmissionRule: string | null;
};

/** `originalName` as stored; outputs give it the extension of `mimeType`'s kind (nameForMimeType). */
export type LedgerEvidence = { originalName: string; mimeType: string; contentHash: string };

export type LedgerExportEntry = {
  id: string;
  /** YYYY-MM-DD */
  effectiveDate: string;
  text: string;
  reviewStatus: ReviewStatus;
  department: string;
  task: { title: string; responsiblePerson: string | null; criteria: readonly LedgerCriterion[] };
  /** Live evidence files, in upload order. */
  evidence: readonly LedgerEvidence[];
};

export type LedgerExportRow = {
  entryId: string;
  criterion: LedgerCriterion | null;
  department: string;
  responsiblePerson: string;
  task: string;
  date: string;
  text: string;
  status: string;
  evidence: string;
};

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = { PENDING: "待审核", ACCEPTED: "已通过", RETURNED: "已退回" };

/** 测评标准 is written as "code name", so the row can be found in the edition by either. */
export function criterionLabel(criterion: LedgerCriterion): string {
  return `${criterion.code} ${criterion.name}`;
}

/** Codes compare with their numbers as numbers (C02-01-2 before C02-01-10). */
export function compareCodes(a: string, b: string): number {
  return CODE_COLLATOR.compare(a, b);
}

// One collator for every comparison: localeCompare with options builds a new one per call.
const CODE_COLLATOR = new Intl.Collator("en", { numeric: true });

/** Code-point order: the same on every machine, whatever its locale data. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareRows(a: LedgerExportRow, b: LedgerExportRow): number {
  if (a.criterion && b.criterion) {
    const byCode = compareCodes(a.criterion.code, b.criterion.code);
    if (byCode !== 0) return byCode;
  } else if (a.criterion || b.criterion) {
    return a.criterion ? -1 : 1;
  }
  return compareText(a.date, b.date) || compareText(a.department, b.department) || compareText(a.task, b.task) || compareText(a.entryId, b.entryId);
}

/**
 * Every entry once per criterion its task serves (once, with blank indicator columns, when it
 * serves none), ordered by criterion code (unlinked entries last), then date, then department.
 */
export function buildLedgerExportRows(entries: readonly LedgerExportEntry[]): LedgerExportRow[] {
  const rows = entries.flatMap((entry) => {
    const shared = {
      entryId: entry.id,
      department: entry.department,
      responsiblePerson: entry.task.responsiblePerson ?? "",
      task: entry.task.title,
      date: entry.effectiveDate,
      text: entry.text,
      status: REVIEW_STATUS_LABELS[entry.reviewStatus],
      evidence: entry.evidence.map((file) => nameForMimeType(file.originalName, file.mimeType)).join("、"),
    };
    const criteria = entry.task.criteria.length > 0 ? entry.task.criteria : [null];
    return criteria.map((criterion) => ({ ...shared, criterion }));
  });
  return rows.sort(compareRows);
}
