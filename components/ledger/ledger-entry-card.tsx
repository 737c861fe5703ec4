import { Badge } from "@/components/ui/badge";
import { formatInstant } from "@/lib/domain/dates";
import type { Translate } from "@/lib/i18n/translate";
import type { LedgerEntryRow } from "@/lib/validation/ledger";
import { AnswerForm } from "./answer-form";
import { DeleteEntryButton } from "./delete-entry-button";
import { EntryEditor } from "./entry-editor";
import type { EntryPermissions } from "./entry-permissions";
import { EvidenceGallery } from "./evidence-gallery";
import { figureText } from "./figures-text";
import { ReviewActions } from "./review-actions";

const TONES = { PENDING: "amber", ACCEPTED: "green", RETURNED: "red" } as const;

/** One entry: its department, work date, when it was recorded, text, figures, evidence and review. */
export function LedgerEntryCard({ entry, permissions, today, t }: { entry: LedgerEntryRow; permissions: EntryPermissions; today: string; t: Translate }) {
  return (
    <article
      className="space-y-3 border-b border-slate-100 py-4 last:border-b-0"
      aria-label={t("ledger.entryLabel", { department: entry.department.name, date: entry.effectiveDate })}
    >
      <header className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <span className="font-medium text-slate-900">{entry.department.name}</span>
        <span className="text-sm text-slate-700">
          {t("ledger.effectiveDate")}：{entry.effectiveDate}
        </span>
        <Badge tone={TONES[entry.reviewStatus]}>{t(`ledger.status.${entry.reviewStatus}`)}</Badge>
        <span className="text-xs text-slate-500">{t("ledger.recorded", { time: formatInstant(new Date(entry.createdAt)), name: entry.createdBy.name })}</span>
      </header>
      <p className="whitespace-pre-wrap break-words text-sm text-slate-800">{entry.text}</p>
      {entry.figures.length > 0 && (
        <ul className="flex flex-wrap gap-2">
          {entry.figures.map((figure, index) => (
            <li key={index} className="rounded bg-sky-50 px-2 py-0.5 text-sm text-sky-900">
              {figureText(figure)}
            </li>
          ))}
        </ul>
      )}
      <EvidenceGallery evidence={entry.evidence} t={t} />
      {entry.reviewComment && (
        <div className="rounded-md border border-red-100 bg-red-50 px-3 py-2 text-sm text-red-900">
          <span className="font-medium">{t("ledger.returnComment")}：</span>
          {entry.reviewComment}
          {entry.reviewedAt && <span className="ml-2 text-xs text-red-700">{formatInstant(new Date(entry.reviewedAt))}</span>}
        </div>
      )}
      {entry.answer && (
        <div className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-800">
          <span className="font-medium">{t("ledger.answer")}：</span>
          {entry.answer}
          {entry.answeredAt && <span className="ml-2 text-xs text-slate-500">{formatInstant(new Date(entry.answeredAt))}</span>}
        </div>
      )}
      {permissions.canAnswer && <AnswerForm entry={entry} />}
      <div className="flex flex-wrap items-start gap-2">
        {permissions.canReview && <ReviewActions entry={entry} />}
        {permissions.canEdit && <EntryEditor entry={entry} today={today} />}
        {permissions.canDelete && <DeleteEntryButton entry={entry} />}
      </div>
    </article>
  );
}
