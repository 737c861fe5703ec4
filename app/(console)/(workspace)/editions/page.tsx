import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditionsTable } from "@/components/indicators/editions-table";
import { ImportEditionPanel } from "@/components/indicators/import-edition-panel";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { PAGE_SIZE, pageParam, type SearchParams } from "@/components/layout/search-params";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import { listEditions } from "@/lib/server/indicators/list-editions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("indicators.editions.title") };
}

export default async function EditionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  if (!can(actor, "read:edition")) notFound();
  const t = await getT();
  const page = pageParam(await searchParams);
  const { items, total } = await listEditions(actor, { page, pageSize: PAGE_SIZE });
  return (
    <>
      <PageHeader title={t("indicators.editions.title")} description={t("indicators.editions.description")} />
      {can(actor, "import:edition") && (
        <Card
          title={t("indicators.import.title")}
          className="mb-4"
          actions={
            <a href="/api/v1/editions/template" download className={buttonClass("secondary", "sm")}>
              {t("indicators.import.template")}
            </a>
          }
        >
          <p className="mb-3 text-sm text-slate-600">{t("indicators.import.description")}</p>
          <ImportEditionPanel />
        </Card>
      )}
      <EditionsTable items={items} />
      <Pagination page={page} pageSize={PAGE_SIZE} total={total} basePath="/editions" />
    </>
  );
}
