import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";
import type { PublicationView } from "@/lib/server/console/get-publication-view";

/** Whether a publication was replaced by a correction, or corrects an earlier one, with links both ways. */
export function PublicationNotices({ view, t }: { view: Pick<PublicationView, "supersededBy" | "supersedes" | "reason">; t: Translate }) {
  return (
    <>
      {view.supersededBy && (
        <div role="status" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900" data-superseded>
          <p className="font-medium">{t("scorecards.publication.superseded")}</p>
          <p>
            <Link href={`/publications/${view.supersededBy.id}`} className="text-red-800 underline">
              {t("scorecards.correctedBy", { title: view.supersededBy.title })}
            </Link>
            {view.supersededBy.reason && <> · {t("scorecards.publication.reason", { reason: view.supersededBy.reason })}</>}
          </p>
        </div>
      )}
      {view.supersedes && (
        <div className="rounded-md border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-sky-900">
          <Link href={`/publications/${view.supersedes.id}`} className="text-red-800 underline">
            {t("scorecards.publication.corrects", { title: view.supersedes.title })}
          </Link>
          {view.reason && <> · {t("scorecards.publication.reason", { reason: view.reason })}</>}
        </div>
      )}
    </>
  );
}
