import Link from "next/link";
import { errorMessage } from "@/components/forms/form-error";
import { Alert } from "@/components/ui/alert";
import type { ActionResult } from "@/lib/actions/run-action";
import type { Translate } from "@/lib/i18n/translate";

export type Failure = Extract<ActionResult<unknown>, { ok: false }>;

const standingId = (details: unknown): string | null => {
  const id = (details as { publicationId?: unknown } | undefined)?.publicationId;
  return typeof id === "string" ? id : null;
};

/**
 * Why publishing was refused, with the way on: an issue already standing is corrected, not published twice;
 * unanswered appeals are answered first; a round still open is closed first.
 */
export function PublishRefusal({ failure, t, appealsHref }: { failure: Failure; t: Translate; appealsHref?: string }) {
  if (failure.code === "ALREADY_PUBLISHED") {
    const id = standingId(failure.details);
    return (
      <Alert tone="error">
        <p>{t("publications.refusal.alreadyPublished")}</p>
        {id && (
          <Link href={`/publications/${id}`} className="font-medium underline">
            {t("publications.refusal.openStanding")}
          </Link>
        )}
      </Alert>
    );
  }
  if (failure.code === "APPEALS_OPEN") {
    return (
      <Alert tone="error">
        <p>{failure.formError}</p>
        {appealsHref && (
          <a href={appealsHref} className="font-medium underline">
            {t("publications.refusal.toAppeals")}
          </a>
        )}
      </Alert>
    );
  }
  if (failure.code === "ROUND_NOT_CLOSED") return <Alert tone="error">{t("publications.refusal.notClosed")}</Alert>;
  return <Alert tone="error">{errorMessage(t, failure)}</Alert>;
}
