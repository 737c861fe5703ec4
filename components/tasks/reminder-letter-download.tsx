"use client";
import { useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { useT } from "@/lib/i18n/client";

function fileNameOf(disposition: string | null): string {
  const encoded = disposition?.match(/filename\*=UTF-8''([^;]+)/)?.[1];
  return encoded ? decodeURIComponent(encoded) : "提醒函.docx";
}

/**
 * A link to the letter that downloads it in place, so a department without overdue tasks gets
 * the server's explanation (该单位没有逾期任务) beside the link instead of a JSON page.
 */
export function ReminderLetterDownload({ departmentId }: { departmentId: string }) {
  const t = useT();
  const [message, setMessage] = useState<string | null>(null);
  const [isLoading, setIsLoading] = useState(false);
  const href = `/api/v1/departments/${departmentId}/reminder-letter`;

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
      anchor.download = fileNameOf(response.headers.get("content-disposition"));
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
      <a href={href} onClick={download} aria-busy={isLoading} className={buttonClass("secondary")} title={t("letters.hint")}>
        {isLoading ? t("letters.generating") : t("letters.download")}
      </a>
      {message && (
        <span role="status" className="text-sm text-amber-800">
          {message}
        </span>
      )}
    </span>
  );
}
