"use client";
import { Alert } from "@/components/ui/alert";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { useT } from "@/lib/i18n/client";

export type Preview = {
  edition: { name: string; code: string; description: string | null };
  counts: { categories: number; contents: number; criteria: number; points: string };
  warnings: Array<{ kind: string; name: string; message: string; criteria: string[] }>;
  tree: Array<{ code: string; name: string; points: string; contents: Array<{ code: string; name: string; points: string; criteria: number }> }>;
};

/** What the import will create: the edition, its counts and tree, and names the system does not know. */
export function ImportPreview({ preview }: { preview: Preview }) {
  const t = useT();
  const { edition, counts, warnings, tree } = preview;
  return (
    <div className="space-y-3">
      <Alert tone="success">
        <p className="font-medium">{t("indicators.import.previewTitle", { name: edition.name, code: edition.code })}</p>
        <p>{t("indicators.import.counts", { categories: counts.categories, contents: counts.contents, criteria: counts.criteria, points: counts.points })}</p>
      </Alert>
      {warnings.length > 0 && (
        <Alert tone="warning">
          <p className="font-medium">{t("indicators.import.warningsTitle", { count: warnings.length })}</p>
          <ul className="mt-1 list-disc pl-5">
            {warnings.map((warning) => (
              <li key={`${warning.kind}-${warning.name}`}>{warning.message}</li>
            ))}
          </ul>
        </Alert>
      )}
      <Table caption={t("indicators.import.treeTitle")}>
        <thead>
          <tr>
            <Th>{t("indicators.tree.category")}</Th>
            <Th>{t("indicators.tree.content")}</Th>
            <Th className="text-right">{t("indicators.tree.criteriaCount")}</Th>
            <Th className="text-right">{t("indicators.fields.points")}</Th>
          </tr>
        </thead>
        <tbody>
          {tree.flatMap((category) =>
            category.contents.map((content, index) => (
              <Tr key={`${category.code}-${content.code}`}>
                <Td>{index === 0 ? `${category.code} ${category.name}（${category.points}）` : ""}</Td>
                <Td>
                  {content.code} {content.name}
                </Td>
                <Td className="text-right tabular-nums">{content.criteria}</Td>
                <Td className="text-right tabular-nums">{content.points}</Td>
              </Tr>
            )),
          )}
        </tbody>
      </Table>
    </div>
  );
}
