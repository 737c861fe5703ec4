import type { Translate } from "@/lib/i18n/translate";
import type { AppealItem } from "@/lib/validation/appeals";
import { AppealList } from "./appeal-list";

/** The round page's 申诉 section for the office: every appeal of the round and how many still wait. */
export function RoundAppeals({ appeals, canAnswer, t }: { appeals: AppealItem[]; canAnswer: boolean; t: Translate }) {
  const open = appeals.filter((appeal) => appeal.status === "OPEN").length;
  return (
    <section aria-labelledby="appeals" className="mb-6 space-y-2">
      <h2 id="appeals" className="text-base font-semibold text-slate-900">
        {t("appeals.roundTitle")}
      </h2>
      {open > 0 && <p className="text-sm text-amber-800">{t("appeals.openCount", { count: open })}</p>}
      <AppealList appeals={appeals} canAnswer={canAnswer} t={t} />
    </section>
  );
}
