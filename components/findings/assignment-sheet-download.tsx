"use client";
import { DocumentDownload } from "@/components/documents/document-download";
import { useT } from "@/lib/i18n/client";

/** 下载交办单: a department with nothing open gets the server's explanation (该单位没有待整改的问题). */
export function AssignmentSheetDownload({ departmentId }: { departmentId: string }) {
  const t = useT();
  return (
    <DocumentDownload
      href={`/api/v1/departments/${encodeURIComponent(departmentId)}/assignment-sheet`}
      fallbackName="交办单.docx"
      label={t("findings.sheet.download")}
    />
  );
}
