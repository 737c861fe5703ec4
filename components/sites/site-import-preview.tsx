"use client";
import { Alert } from "@/components/ui/alert";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { useT } from "@/lib/i18n/client";
import type { SiteImportPreview as Preview } from "@/lib/validation/site-import";

/** What the import will create: counts, sites per type and the first rows (codes to be generated marked). */
export function SiteImportPreview({ preview }: { preview: Preview }) {
  const t = useT();
  const { counts } = preview;
  return (
    <div className="space-y-3">
      <Alert tone="success">{t("sites.import.counts", { sites: counts.sites, streets: counts.streets, departments: counts.departments })}</Alert>
      <Table caption={t("sites.import.perTypeTitle")}>
        <thead>
          <tr>
            <Th>{t("sites.fields.siteTypeId")}</Th>
            <Th className="text-right">{t("sites.import.siteCount")}</Th>
          </tr>
        </thead>
        <tbody>
          {preview.types.map((type) => (
            <Tr key={type.name}>
              <Td>{type.name}</Td>
              <Td className="text-right tabular-nums">{type.sites}</Td>
            </Tr>
          ))}
        </tbody>
      </Table>
      <Table caption={t("sites.import.rowsTitle")}>
        <thead>
          <tr>
            <Th>{t("sites.import.row")}</Th>
            <Th>{t("sites.fields.code")}</Th>
            <Th>{t("sites.fields.name")}</Th>
            <Th>{t("sites.fields.siteTypeId")}</Th>
            <Th>{t("sites.fields.street")}</Th>
            <Th>{t("sites.fields.grid")}</Th>
            <Th>{t("sites.fields.responsibleDepartmentId")}</Th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => (
            <Tr key={row.row}>
              <Td className="tabular-nums">{row.row}</Td>
              <Td className="font-mono text-xs">{row.code ?? t("sites.import.generatedCode")}</Td>
              <Td>{row.name}</Td>
              <Td>{row.siteType}</Td>
              <Td>{row.street ?? "—"}</Td>
              <Td>{row.grid ?? "—"}</Td>
              <Td>{row.responsibleDepartment}</Td>
            </Tr>
          ))}
        </tbody>
      </Table>
      {counts.sites > preview.rows.length && (
        <p className="text-sm text-slate-600">{t("sites.import.moreRows", { count: counts.sites - preview.rows.length })}</p>
      )}
    </div>
  );
}
