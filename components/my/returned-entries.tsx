import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { Translate } from "@/lib/i18n/translate";
import type { LiaisonHome } from "@/lib/server/tasks/get-liaison-home";

/** The department's entries the office returned, with the office's comment and a way to the task to answer it. */
export function ReturnedEntries({ entries, t }: { entries: LiaisonHome["returnedEntries"]; t: Translate }) {
  return (
    <Card
      title={
        <span id="my-returned">
          {t("my.returned")}
          <span className="ml-2 text-sm font-normal text-slate-500 tabular-nums">{entries.length}</span>
        </span>
      }
    >
      {entries.length === 0 ? (
        <p className="text-sm text-slate-500">{t("my.noneReturned")}</p>
      ) : (
        <ul aria-labelledby="my-returned" className="space-y-3">
          {entries.map((entry) => (
            <li key={entry.id} className="rounded-md border border-amber-200 bg-amber-50 p-3">
              <p className="text-sm font-medium text-slate-900">{entry.taskTitle}</p>
              <p className="text-xs text-slate-600 tabular-nums">
                {t("my.entryOf", { date: entry.effectiveDate })}
                {entry.returnedAt && <> · {t("my.returnedAt", { at: entry.returnedAt })}</>}
              </p>
              <p className="mt-1 line-clamp-2 text-sm text-slate-700">{entry.text}</p>
              {entry.reviewComment && <p className="mt-1 text-sm text-amber-900">{t("my.returnComment", { comment: entry.reviewComment })}</p>}
              <Link href={`/tasks/${entry.taskId}#entry-${entry.id}`} className={buttonClass("secondary", "sm", "mt-2")}>
                {t("my.answer")}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
