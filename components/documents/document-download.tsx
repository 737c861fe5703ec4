"use client";
import { useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { useT } from "@/lib/i18n/client";

function fileNameOf(disposition: string | null, fallbackName: string): string {
  const encoded = disposition?.match(/filename\*=UTF-8''([^;]+)/)?.[1];
  return encoded ? decodeURIComponent(encoded) : fallbackName;
}

type DocumentDownloadProps = { href: string; fallbackName: string; label: string; title?: string };

/**
 * A link to a generated document (提醒函, 交办单) that downloads it in place, so when there is
 * nothing to put in it the server's explanation shows beside the link instead of a JSON page.
 */
export function DocumentDownload({ href, fallbackName, label, title }: DocumentDownloadProps) {
  const t = useT();
  const [message, setMessage] = useState<string | null>(null);
  const [isLoading, setIsLoading] = useState(false);

  async function download(event: React.MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    setMessage(null);
    setIsLoading(true);
    try {
      const response = await fetch(href);
      if (!response.ok) {
        const body = await response.json().catch(() => null);
        setMessage(body?.error?.message ?? t("letters.failed"));
        return;
      }
      const url = URL.createObjectURL(await response.blob());
      const anchor = document.createElement("a");
      anchor.href = url;
      anchor.download = fileNameOf(response.headers.get("content-disposition"), fallbackName);
      anchor.click();
      URL.revokeObjectURL(url);
    } catch {
      setMessage(t("letters.failed"));
    } finally {
      setIsLoading(false);
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <a href={href} onClick={download} aria-busy={isLoading} className={buttonClass("secondary")} title={title}>
        {isLoading ? t("letters.generating") : label}
      </a>
      {message && (
        <span role="status" className="text-sm text-amber-800">
          {message}
        </span>
      )}
    </span>
  );
}
