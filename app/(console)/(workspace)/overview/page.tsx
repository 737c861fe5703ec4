import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { EmptyRow, Table, Td, Th, Tr } from "@/components/ui/table";
import { getT } from "@/lib/i18n/server";
import { listCities } from "@/lib/server/cities/list-cities";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("cities.title") };
}

export default async function OverviewPage() {
  const actor = await requireActor();
  if (actor.role !== "SYSTEM_ADMIN" && actor.role !== "PROVINCE_SUPERVISOR") notFound();
  const [t, cities] = await Promise.all([getT(), listCities(actor)]);
  return (
    <>
      <PageHeader title={t("cities.title")} description={t("cities.description")} />
      <Table caption={t("cities.title")}>
        <thead>
          <tr>
            <Th>{t("cities.fields.name")}</Th>
            <Th>{t("cities.fields.province")}</Th>
            <Th className="text-right">{t("cities.fields.departmentCount")}</Th>
            <Th>{t("cities.fields.publicPage")}</Th>
          </tr>
        </thead>
        <tbody>
          {cities.length === 0 && <EmptyRow colSpan={4}>{t("cities.empty")}</EmptyRow>}
          {cities.map((city) => (
            <Tr key={city.id}>
              <Td className="font-medium">{city.name}</Td>
              <Td>{city.provinceName}</Td>
              <Td className="text-right tabular-nums">{city.departmentCount}</Td>
              <Td>
                <Link href={`/cities/${city.slug}`} className="text-red-800 hover:underline">
                  /cities/{city.slug}
                </Link>
              </Td>
            </Tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
