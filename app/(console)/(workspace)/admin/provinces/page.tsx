import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CreateProvincePanel, EditProvince } from "@/components/city-admin/admin-panels";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { EmptyRow, Table, Td, Th, Tr } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import { listProvinces } from "@/lib/server/provinces/list-provinces";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("cityAdmin.provincesTitle") };
}

export default async function ProvincesPage() {
  const actor = await requireActor();
  if (!can(actor, "manage:province")) notFound();
  const t = await getT();
  const provinces = await listProvinces(actor);
  const label = (name: string) => t(`cityAdmin.provinceFields.${name}`);
  return (
    <>
      <PageHeader title={t("cityAdmin.provincesTitle")} description={t("cityAdmin.provincesDescription")} />
      <div className="mb-4">
        <CreateProvincePanel />
      </div>
      <Table caption={t("cityAdmin.provincesTitle")}>
        <thead>
          <tr>
            <Th>{label("code")}</Th>
            <Th>{label("name")}</Th>
            <Th>{label("cityCount")}</Th>
            <Th>{t("common.actions")}</Th>
          </tr>
        </thead>
        <tbody>
          {provinces.length === 0 && <EmptyRow colSpan={4}>{t("common.none")}</EmptyRow>}
          {provinces.map((province) => (
            <Tr key={province.id}>
              <Td>{province.code}</Td>
              <Td>{province.name}</Td>
              <Td>{province.cityCount}</Td>
              <Td>
                <EditProvince province={province} />
              </Td>
            </Tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
