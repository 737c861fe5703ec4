import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { pageParam, param, PAGE_SIZE, type SearchParams } from "@/components/layout/search-params";
import { BulletinsZipForm } from "@/components/publications/bulletins-zip-form";
import { PeriodPublishForm } from "@/components/publications/period-publish-form";
import { PublicationFilters, type PublicationFilterValues } from "@/components/publications/publication-filters";
import { PublicationTable } from "@/components/publications/publication-table";
import { Alert } from "@/components/ui/alert";
import { Pagination } from "@/components/ui/pagination";
import type { Actor } from "@/lib/auth/actor";
import { can, scopeOf } from "@/lib/auth/permissions";
import { todayInShanghai } from "@/lib/domain/dates";
import { isAppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { listCities } from "@/lib/server/cities/list-cities";
import { listCycles } from "@/lib/server/cycles/list-cycles";
import { listPublications, parsePublicationQuery } from "@/lib/server/publications/list-publications";

export const dynamic = "force-dynamic";

const publishes = (actor: Actor) => can(actor, "publish:publication") || can(actor, "publish:ranking");

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("publications.readTitle") };
}

export default async function PublicationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const readScope = scopeOf(actor, "read:publication");
  if (!readScope) notFound();
  const t = await getT();
  const sp = await searchParams;
  const values: PublicationFilterValues = {
    kind: param(sp, "kind"),
    city: param(sp, "city"),
    scope: param(sp, "scope"),
    from: param(sp, "from"),
    to: param(sp, "to"),
  };
  const page = pageParam(sp);
  const today = todayInShanghai();
  const year = Number(today.slice(0, 4));
  const years = [year, year - 1, year - 2, year - 3, year - 4];
  const overseesCities = readScope === "any" || readScope === "province";
  // Bad filters (an unknown kind, a malformed date) are shown beside their fields with nothing listed.
  const list = await Promise.resolve()
    .then(() => {
      const query = parsePublicationQuery({
        ...values,
        periodStart: values.from,
        periodEnd: values.to,
        page: String(page),
        pageSize: String(PAGE_SIZE),
      } as Record<string, string>);
      return listPublications(actor, query);
    })
    .catch((error: unknown) => {
      if (isAppError(error) && error.status === 422) return { fieldErrors: error.fieldErrors ?? {} };
      throw error;
    });
  const [cities, cycles] = await Promise.all([
    overseesCities ? listCities(actor) : Promise.resolve(null),
    can(actor, "publish:publication") && actor.cityId ? listCycles(actor, actor.cityId) : Promise.resolve([]),
  ]);

  return (
    <>
      <PageHeader
        title={t(publishes(actor) ? "publications.title" : "publications.readTitle")}
        description={t("publications.description")}
        actions={readScope !== "own" ? <BulletinsZipForm years={years} city={values.city} t={t} /> : undefined}
      />
      {(can(actor, "publish:publication") || (can(actor, "publish:ranking") && actor.provinceId)) && (
        <div className="mb-6 flex flex-wrap gap-3">
          {can(actor, "publish:publication") && <PeriodPublishForm scope="CITY" today={today} years={years} cycles={cycles} />}
          {can(actor, "publish:ranking") && actor.provinceId && <PeriodPublishForm scope="PROVINCE" today={today} years={years} />}
        </div>
      )}
      <PublicationFilters values={values} cities={cities} fieldErrors={"fieldErrors" in list ? list.fieldErrors : undefined} t={t} />
      {"fieldErrors" in list ? (
        <Alert tone="error">{t("errors.VALIDATION_FAILED")}</Alert>
      ) : (
        <>
          <PublicationTable items={list.items} canReadOfficial={readScope !== "own"} t={t} />
          <Pagination page={page} pageSize={PAGE_SIZE} total={list.total} basePath="/publications" query={values} />
        </>
      )}
    </>
  );
}
