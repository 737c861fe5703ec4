import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { pageParam, PAGE_SIZE, type SearchParams } from "@/components/layout/search-params";
import { RoundFilters } from "@/components/rounds/round-filters";
import { roundListQueryOf } from "@/components/rounds/round-filters-query";
import { RoundTable } from "@/components/rounds/round-table";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { listRounds } from "@/lib/server/rounds/list-rounds";
import { mayCreateRounds } from "@/lib/server/rounds/may-create-rounds";
import type { ListRoundsParams } from "@/lib/validation/rounds";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("rounds.title") };
}

export default async function RoundsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  if (!can(actor, "read:round")) notFound();
  const t = await getT();
  const sp = await searchParams;
  const query = roundListQueryOf(sp);
  const page = pageParam(sp);
  // Bad filters (起 after 止, an unknown status) are shown beside their fields with nothing listed.
  const list = await listRounds(actor, { ...(query as ListRoundsParams), page, pageSize: PAGE_SIZE }).catch((error: unknown) => {
    if (isAppError(error) && error.status === 422) return { fieldErrors: error.fieldErrors ?? {} };
    throw error;
  });
  return (
    <>
      <PageHeader
        title={t("rounds.title")}
        description={t("rounds.description")}
        actions={
          (await mayCreateRounds(actor)) ? (
            <ButtonLink href="/rounds/new" variant="primary">
              {t("rounds.new")}
            </ButtonLink>
          ) : undefined
        }
      />
      <RoundFilters query={query} fieldErrors={"fieldErrors" in list ? list.fieldErrors : undefined} t={t} />
      {"fieldErrors" in list ? (
        <Alert tone="error">{t("rounds.filters.invalid")}</Alert>
      ) : (
        <>
          <RoundTable items={list.items} t={t} />
          <Pagination page={page} pageSize={PAGE_SIZE} total={list.total} basePath="/rounds" query={query} />
        </>
      )}
    </>
  );
}
