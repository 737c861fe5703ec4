"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/run-action";
import { useT } from "@/lib/i18n/client";
import type { FieldErrors } from "@/lib/errors";
import { PreviewFigures } from "./preview-figures";
import type { PreviewView } from "./preview-view";
import { PublicationTextsFields, type PublicationTexts } from "./publication-texts-fields";
import { PublishRefusal, type Failure } from "./publish-refusal";

type Props = {
  idPrefix: string;
  preview: () => Promise<ActionResult<PreviewView>>;
  publish: (texts: PublicationTexts) => Promise<ActionResult<{ href: string }>>;
  /** Fields shown by the caller (e.g. the period picker); their errors go back to it. */
  onFieldErrors?: (errors: FieldErrors | undefined) => void;
  appealsHref?: string;
  disabled?: boolean;
  /** A preview shown before (server-rendered tests) */
  initialPreview?: PreviewView | null;
  initialFailure?: Failure | null;
};

/** 预览 → 标题/摘要 → 发布 → 确认发布, then the new publication's page; refusals say what to do instead. */
export function PublishSteps({ idPrefix, preview, publish, onFieldErrors, appealsHref, disabled, initialPreview = null, initialFailure = null }: Props) {
  const t = useT();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [view, setView] = useState<PreviewView | null>(initialPreview);
  const [texts, setTexts] = useState<PublicationTexts>({ title: "", summary: "" });
  const [isConfirming, setIsConfirming] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(initialFailure);

  const fail = (result: Failure) => {
    setFailure(result);
    setIsConfirming(false);
    onFieldErrors?.(result.fieldErrors);
  };

  const runPreview = () =>
    startTransition(async () => {
      setFailure(null);
      onFieldErrors?.(undefined);
      const result = await preview();
      if (!result.ok) return fail(result);
      setView(result.data);
    });

  const runPublish = () =>
    startTransition(async () => {
      const result = await publish(texts);
      if (!result.ok) return fail(result);
      router.push(result.data.href);
    });

  const textErrors = failure?.fieldErrors;
  const isOnlyTextErrors = !!textErrors && Object.keys(textErrors).every((name) => name === "title" || name === "summary");
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap gap-2">
        <Button variant={view ? "secondary" : "primary"} disabled={disabled || isPending} onClick={runPreview}>
          {view ? t("publications.panel.previewAgain") : t("publications.panel.preview")}
        </Button>
        {isPending && <span className="self-center text-sm text-slate-500">{t("publications.panel.working")}</span>}
      </div>
      {failure && !isOnlyTextErrors && <PublishRefusal failure={failure} t={t} appealsHref={appealsHref} />}
      {view && (
        <>
          <PreviewFigures view={view} t={t} />
          <PublicationTextsFields idPrefix={idPrefix} value={texts} onChange={setTexts} errors={textErrors} t={t} />
          {isConfirming ? (
            <Alert tone="warning">
              <p className="mb-2">{t("publications.panel.confirm")}</p>
              <div className="flex gap-2">
                <Button variant="primary" disabled={isPending} onClick={runPublish}>
                  {t("publications.panel.confirmPublish")}
                </Button>
                <Button variant="ghost" disabled={isPending} onClick={() => setIsConfirming(false)}>
                  {t("common.cancel")}
                </Button>
              </div>
            </Alert>
          ) : (
            <Button variant="primary" disabled={disabled || isPending} onClick={() => setIsConfirming(true)}>
              {t("publications.panel.publish")}
            </Button>
          )}
        </>
      )}
    </div>
  );
}
