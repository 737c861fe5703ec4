import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CreateCityPanel } from "@/components/city-admin/admin-panels";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { Badge } from "@/components/ui/badge";
import { EmptyRow, Table, Td, Th, Tr } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import { listAdminCities } from "@/lib/server/cities/list-admin-cities";
import { listProvinces } from "@/lib/server/provinces/list-provinces";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("cityAdmin.citiesTitle") };
}

/** The system admin's cities (create, edit) and, for it and the supervisor, the way to each city's creation cycles. */
export default async function AdminCitiesPage() {
  const actor = await requireActor();
  if (!can(actor, "manage:cycle")) notFound();
  const t = await getT();
  const canManageCities = can(actor, "manage:city");
  const [cities, provinces] = await Promise.all([listAdminCities(actor), canManageCities ? listProvinces(actor) : Promise.resolve([])]);
  const label = (name: string) => t(`cityAdmin.cityFields.${name}`);
  return (
    <>
      <PageHeader title={t("cityAdmin.citiesTitle")} description={t("cityAdmin.citiesDescription")} />
      {canManageCities && (
        <div className="mb-4">
          <CreateCityPanel provinces={provinces.map(({ id, name }) => ({ id, name }))} />
        </div>
      )}
      <Table caption={t("cityAdmin.citiesTitle")}>
        <thead>
          <tr>
            <Th>{label("name")}</Th>
            <Th>{label("provinceId")}</Th>
            <Th>{label("slug")}</Th>
            <Th>{label("isNominated")}</Th>
            <Th>{label("currentCycle")}</Th>
          </tr>
        </thead>
        <tbody>
          {cities.length === 0 && <EmptyRow colSpan={5}>{t("common.none")}</EmptyRow>}
          {cities.map((city) => (
            <Tr key={city.id}>
              <Td>
                <Link href={`/admin/cities/${city.id}`} className="text-red-800 hover:underline">
                  {city.name}
                </Link>
              </Td>
              <Td>{city.provinceName}</Td>
              <Td>{city.slug}</Td>
              <Td>{city.isNominated ? <Badge tone="green">{t("cityAdmin.nominated")}</Badge> : <Badge>{t("cityAdmin.notNominated")}</Badge>}</Td>
              <Td>{city.currentCycleName ?? "—"}</Td>
            </Tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
