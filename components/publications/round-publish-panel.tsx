"use client";
import { previewPublicationAction, publishPublicationAction } from "@/lib/actions/publications";
import { useT } from "@/lib/i18n/client";
import { PublishSteps } from "./publish-steps";
import type { PreviewView } from "./preview-view";
import type { Failure } from "./publish-refusal";

type Props = { roundId: string; initialPreview?: PreviewView | null; initialFailure?: Failure | null };

/** The 发布 panel of a closed round, for the office: preview what would be frozen, then publish it. */
export function RoundPublishPanel({ roundId, initialPreview, initialFailure }: Props) {
  const t = useT();
  return (
    <section aria-labelledby="round-publish" className="mb-6 space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="round-publish" className="text-base font-semibold text-slate-900">
        {t("publications.panel.title")}
      </h2>
      <p className="text-sm text-slate-600">{t("publications.panel.intro")}</p>
      <PublishSteps
        idPrefix={`publish-${roundId}`}
        preview={() => previewPublicationAction({ kind: "ROUND", roundId })}
        publish={(texts) => publishPublicationAction({ kind: "ROUND", roundId, ...texts })}
        appealsHref="#appeals"
        initialPreview={initialPreview}
        initialFailure={initialFailure}
      />
    </section>
  );
}
