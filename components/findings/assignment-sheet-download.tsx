"use client";
import { useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { useT } from "@/lib/i18n/client";

function fileNameOf(disposition: string | null): string {
  const encoded = disposition?.match(/filename\*=UTF-8''([^;]+)/)?.[1];
  return encoded ? decodeURIComponent(encoded) : "交办单.docx";
}

/**
 * 下载交办单, downloaded in place (as the 提醒函 is), so a department with nothing open gets the
 * server's explanation (该单位没有待整改的问题) beside the button instead of a JSON page.
 */
export function AssignmentSheetDownload({ departmentId }: { departmentId: string }) {
  const t = useT();
  const [message, setMessage] = useState<string | null>(null);
  const [isLoading, setIsLoading] = useState(false);
  const href = `/api/v1/departments/${encodeURIComponent(departmentId)}/assignment-sheet`;

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
      <a href={href} onClick={download} aria-busy={isLoading} className={buttonClass("secondary")}>
        {isLoading ? t("letters.generating") : t("findings.sheet.download")}
      </a>
      {message && (
        <span role="status" className="text-sm text-amber-800">
          {message}
        </span>
      )}
    </span>
  );
}
