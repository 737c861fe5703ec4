import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { getT } from "@/lib/i18n/server";
import type { CityIndicatorSetup } from "@/lib/server/indicators/city/get-city-indicator-setup";
import { ALL_STREETS_VALUE } from "./all-streets-value";
import { MapNameForm } from "./map-name-form";

type Props = Pick<CityIndicatorSetup, "unmatched" | "mappings" | "departments">;

/** The edition's department names the city still has to map, and the mappings it made (changeable). */
export async function NameMappings({ unmatched, mappings, departments }: Props) {
  const t = await getT();
  return (
    <Card title={t("indicators.city.unmatchedTitle")}>
      {unmatched.length === 0 ? (
        <Alert tone="success">{t("indicators.city.allMatched")}</Alert>
      ) : (
        <>
          <p className="mb-2 text-sm text-slate-600">{t("indicators.city.unmatchedDescription")}</p>
          {unmatched.map((item, index) => (
            <MapNameForm
              key={item.name}
              name={item.name}
              idPrefix={`unmatched-${index}`}
              departments={departments}
              hint={t("indicators.city.usedBy", { count: item.criteriaCount })}
            />
          ))}
        </>
      )}
      {mappings.length > 0 && (
        <details className="mt-4">
          <summary className="cursor-pointer text-sm font-medium text-slate-700">{t("indicators.city.mappingsTitle", { count: mappings.length })}</summary>
          <div className="mt-2">
            {mappings.map((mapping, index) => (
              <MapNameForm
                key={mapping.id}
                name={mapping.name}
                idPrefix={`mapping-${index}`}
                departments={departments}
                defaultValue={mapping.isAllStreets ? ALL_STREETS_VALUE : (mapping.departmentId ?? "")}
                hint={t("indicators.city.mappedTo", { target: mapping.isAllStreets ? t("indicators.city.allStreets") : (mapping.departmentName ?? "—") })}
              />
            ))}
          </div>
        </details>
      )}
    </Card>
  );
}
