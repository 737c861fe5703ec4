import type { Translate } from "@/lib/i18n/translate";
import type { AppealItem } from "@/lib/validation/appeals";
import { formatInstant } from "@/lib/domain/dates";
import { AnswerForm } from "./answer-form";

/** Appeals with their answers; the office gets an answer form under each (`canAnswer`). */
export function AppealList({ appeals, canAnswer, t }: { appeals: AppealItem[]; canAnswer: boolean; t: Translate }) {
  if (appeals.length === 0) return <p className="text-sm text-slate-500">{t("appeals.none")}</p>;
  return (
    <ul className="space-y-3">
      {appeals.map((appeal) => (
        <li key={appeal.id} className={`rounded-md border p-3 ${appeal.status === "OPEN" ? "border-amber-200 bg-amber-50" : "border-slate-200 bg-white"}`}>
          <p className="text-sm font-medium text-slate-900">
            {appeal.department.name}
            <span className="ml-2 text-xs font-normal text-slate-600">{t(`appeals.status.${appeal.status}`)}</span>
          </p>
          <p className="text-xs text-slate-500 tabular-nums">{t("appeals.filedAt", { at: formatInstant(new Date(appeal.createdAt)) })}</p>
          <p className="mt-1 text-sm whitespace-pre-line text-slate-700">{appeal.reason}</p>
          {appeal.answer !== null && <p className="mt-2 text-sm whitespace-pre-line text-slate-900">{t("appeals.answerIs", { answer: appeal.answer })}</p>}
          {canAnswer && (
            <div className="mt-2">
              <AnswerForm appeal={appeal} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
