"use client";
import { Alert } from "@/components/ui/alert";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { useT } from "@/lib/i18n/client";

export type Problem = { sheet: string; row: number | null; column: string | null; message: string };

/** Every problem of a refused file, with where it is (sheet, row, column). */
export function ImportProblems({ message, problems }: { message: string; problems: Problem[] }) {
  const t = useT();
  return (
    <div className="space-y-2">
      <Alert tone="error">
        <p>{message}</p>
        {problems.length > 0 && <p className="mt-1">{t("indicators.import.problemCount", { count: problems.length })}</p>}
      </Alert>
      {problems.length > 0 && (
        <Table caption={t("indicators.import.problemsTitle")}>
          <thead>
            <tr>
              <Th>{t("indicators.import.sheet")}</Th>
              <Th>{t("indicators.import.row")}</Th>
              <Th>{t("indicators.import.column")}</Th>
              <Th>{t("indicators.import.message")}</Th>
            </tr>
          </thead>
          <tbody>
            {problems.map((problem, index) => (
              <Tr key={index}>
                <Td className="whitespace-nowrap">{problem.sheet || "—"}</Td>
                <Td className="tabular-nums">{problem.row ?? "—"}</Td>
                <Td className="whitespace-nowrap">{problem.column ?? "—"}</Td>
                <Td>{problem.message}</Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
