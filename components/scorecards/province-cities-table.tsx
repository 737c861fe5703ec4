import { EmptyRow, Table, Td, Th, Tr } from "@/components/ui/table";
import type { Translate } from "@/lib/i18n/translate";
import type { ProvinceCityRow } from "@/lib/server/console/get-publication-view";
import { MovementMark } from "./movement-mark";

/** A province publication's cities in ranking order. */
export function ProvinceCitiesTable({ cities, t }: { cities: ProvinceCityRow[]; t: Translate }) {
  return (
    <Table caption={t("scorecards.province.title")}>
      <thead>
        <tr>
          <Th>{t("scorecards.departments.rank")}</Th>
          <Th>{t("scorecards.province.city")}</Th>
          <Th className="text-right">{t("scorecards.publication.cityScore")}</Th>
          <Th className="text-right">{t("scorecards.province.vetoedRounds")}</Th>
          <Th>{t("scorecards.departments.movement")}</Th>
        </tr>
      </thead>
      <tbody>
        {cities.length === 0 && <EmptyRow colSpan={5}>{t("scorecards.departments.empty")}</EmptyRow>}
        {cities.map((city) => (
          <Tr key={city.slug}>
            <Td className="tabular-nums">{city.rank ?? "—"}</Td>
            <Td className="font-medium">{city.name}</Td>
            <Td className="text-right tabular-nums">{city.cityScore ?? "—"}</Td>
            <Td className="text-right tabular-nums">{city.vetoedRounds}</Td>
            <Td>
              <MovementMark movement={city.movement} t={t} />
            </Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
