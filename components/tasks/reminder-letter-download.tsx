"use client";
import { DocumentDownload } from "@/components/documents/document-download";
import { useT } from "@/lib/i18n/client";

/** 下载提醒函: a department without overdue tasks gets the server's explanation (该单位没有逾期任务). */
export function ReminderLetterDownload({ departmentId }: { departmentId: string }) {
  const t = useT();
  return (
    <DocumentDownload
      href={`/api/v1/departments/${departmentId}/reminder-letter`}
      fallbackName="提醒函.docx"
      label={t("letters.download")}
      title={t("letters.hint")}
    />
  );
}
