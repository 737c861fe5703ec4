import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CreateCyclePanel, EditCity, MarkCycleCurrentButton } from "@/components/city-admin/admin-panels";
import { orNotFound } from "@/components/layout/or-not-found";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyRow, Table, Td, Th, Tr } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import { listAdminCities } from "@/lib/server/cities/list-admin-cities";
import { listCycles } from "@/lib/server/cycles/list-cycles";
import { listEditions } from "@/lib/server/indicators/list-editions";
import { listProvinces } from "@/lib/server/provinces/list-provinces";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("cityAdmin.cycles") };
}

const percent = (weight: string) => `${Math.round(Number(weight) * 100)}%`;

/** One city: its administration fields (system admin) and its creation cycles (system admin, the province's supervisor). */
export default async function AdminCityPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  if (!can(actor, "manage:cycle")) notFound();
  const { id } = await params;
  const city = (await listAdminCities(actor)).find((row) => row.id === id);
  if (!city) notFound();
  const t = await getT();
  const canManageCities = can(actor, "manage:city");
  const [cycles, editions, provinces] = await Promise.all([
    orNotFound(listCycles(actor, city.id)),
    listEditions(actor, { pageSize: 100 }),
    canManageCities ? listProvinces(actor) : Promise.resolve([]),
  ]);
  const nextStartYear = cycles.length ? Math.max(...cycles.map((cycle) => cycle.endYear)) + 1 : new Date().getFullYear();
  return (
    <>
      <PageHeader title={city.name} description={`${city.provinceName} · /cities/${city.slug}`} />
      <div className="space-y-4">
        {canManageCities && (
          <Card title={t("cityAdmin.citiesTitle")}>
            <EditCity city={city} provinces={provinces.map(({ id: provinceId, name }) => ({ id: provinceId, name }))} />
          </Card>
        )}
        <Card title={t("cityAdmin.cycles")}>
          <div className="space-y-4">
            <Table caption={t("cityAdmin.cycles")}>
              <thead>
                <tr>
                  <Th>{t("cityAdmin.cycleFields.name")}</Th>
                  <Th>{t("cityAdmin.years")}</Th>
                  <Th>{t("cityAdmin.lists")}</Th>
                  <Th>{t("common.actions")}</Th>
                </tr>
              </thead>
              <tbody>
                {cycles.length === 0 && <EmptyRow colSpan={4}>{t("cityAdmin.noCycles")}</EmptyRow>}
                {cycles.map((cycle) => (
                  <Tr key={cycle.id}>
                    <Td>
                      {cycle.name} {cycle.isCurrent && <Badge tone="blue">{t("cityAdmin.current")}</Badge>}
                    </Td>
                    <Td>{cycle.years.map((year) => `${year.year}（${percent(year.weight)}）`).join("、")}</Td>
                    <Td>{cycle.listNames.join("、")}</Td>
                    <Td>{!cycle.isCurrent && <MarkCycleCurrentButton cycle={cycle} />}</Td>
                  </Tr>
                ))}
              </tbody>
            </Table>
            <CreateCyclePanel
              cityId={city.id}
              editions={editions.items.map(({ id: editionId, name }) => ({ id: editionId, name }))}
              nextStartYear={nextStartYear}
            />
          </div>
        </Card>
      </div>
    </>
  );
}
