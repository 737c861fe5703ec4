"use client";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/client";

/** A password or token the server will never show again: the value, a copy button and a warning. */
export function OneTimeSecret({ label, value, warning }: { label: string; value: string; warning: string }) {
  const t = useT();
  const [isCopied, setIsCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setIsCopied(true);
    } catch {
      setIsCopied(false);
    }
  }
  return (
    <Alert tone="warning">
      <p className="font-medium">{label}</p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <code className="rounded bg-white px-2 py-1 font-mono text-sm break-all text-slate-900 select-all" data-secret>
          {value}
        </code>
        <Button variant="secondary" size="sm" onClick={copy}>
          {isCopied ? t("common.copied") : t("common.copy")}
        </Button>
      </div>
      <p className="mt-2 text-xs">{warning}</p>
    </Alert>
  );
}
