import { SelectField } from "@/components/forms/select-field";
import { Button } from "@/components/ui/button";
import type { Actor } from "@/lib/auth/actor";
import { getT } from "@/lib/i18n/server";
import { listCities } from "@/lib/server/cities/list-cities";

type Props = { actor: Actor; action: string; city?: string };

/**
 * Readers above one city (a province supervisor, the system admin) choose which city a city page
 * shows; the choice is `?city=` in the URL. City users see nothing: their city is fixed.
 */
export async function CityPicker({ actor, action, city }: Props) {
  if (actor.cityId) return null;
  const t = await getT();
  const cities = await listCities(actor);
  const options = cities.map((row) => ({ value: row.id, label: `${row.provinceName} · ${row.name}` }));
  return (
    <form key={city ?? ""} method="get" action={action} className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3">
      <SelectField
        id="city-picker"
        name="city"
        label={t("layout.city")}
        options={options}
        placeholder={t("layout.chooseCity")}
        defaultValue={city ?? ""}
        required
      />
      <Button type="submit" variant="primary">
        {t("layout.showCity")}
      </Button>
    </form>
  );
}
