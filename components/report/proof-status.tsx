"use client";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/client";
import type { ProofState } from "./use-altcha-proof";

/** Where the proof of work stands: a progress bar while it runs, a line when done, a retry when it failed. */
export function ProofStatus({ proof, onRetry }: { proof: ProofState; onRetry: () => void }) {
  const t = useT();
  if (proof.status === "ready") {
    return (
      <p role="status" className="text-sm text-green-800">
        {t("report.proofReady")}
      </p>
    );
  }
  if (proof.status === "failed") {
    return (
      <div role="alert" className="flex flex-wrap items-center gap-2 text-sm text-red-700">
        <span>{t("report.proofFailed")}</span>
        <Button size="sm" variant="secondary" onClick={onRetry}>
          {t("report.proofRetry")}
        </Button>
      </div>
    );
  }
  return (
    <div role="status" className="space-y-1 text-sm text-slate-700">
      <span>{t("report.proofWorking", { percent: proof.percent })}</span>
      <progress className="block h-2 w-full" max={100} value={proof.percent} aria-label={t("report.proofLabel")} />
    </div>
  );
}
