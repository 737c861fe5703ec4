"use client";
import Link from "next/link";
import { useEffect, useRef } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { useT } from "@/lib/i18n/client";

/** After 201: the tracking code, large and selectable, with the way to its status page. */
export function ReportSubmitted({ code, onAnother }: { code: string; onAnother: () => void }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="report-submitted" className="space-y-4 rounded-lg border border-green-200 bg-green-50 p-5">
      <h2 id="report-submitted" ref={heading} tabIndex={-1} className="text-lg font-semibold text-green-900">
        {t("report.submittedTitle")}
      </h2>
      <div>
        <p className="text-sm text-slate-700">{t("report.submittedCode")}</p>
        <p className="font-mono text-3xl font-bold tracking-wider text-slate-900 select-all" data-testid="report-code">
          {code}
        </p>
      </div>
      <p className="text-sm text-slate-700">{t("report.submittedHint")}</p>
      <div className="flex flex-wrap gap-3">
        <Link href={`/report/${code}`} className={buttonClass("primary")}>
          {t("report.submittedLink")}
        </Link>
        <Button variant="secondary" onClick={onAnother}>
          {t("report.another")}
        </Button>
      </div>
    </section>
  );
}
