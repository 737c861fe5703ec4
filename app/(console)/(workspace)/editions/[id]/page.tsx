import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { EditionFilters } from "@/components/indicators/edition-filters";
import { EditionTree } from "@/components/indicators/edition-tree";
import { ExportLinks } from "@/components/indicators/export-links";
import { filterEditionTree, filterOptions, hasFilters } from "@/components/indicators/filter-edition-tree";
import { orNotFound } from "@/components/layout/or-not-found";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { enumParam, param, type SearchParams } from "@/components/layout/search-params";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { can } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import { getEditionOrThrow } from "@/lib/server/indicators/get-edition-or-throw";
import { ASSESSMENT_METHODS } from "@/lib/validation/indicator-localization";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("indicators.tree.title") };
}

export default async function EditionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await params;
  const actor = await requireActor();
  const edition = await orNotFound(getEditionOrThrow(actor, id));
  const t = await getT();
  const sp = await searchParams;
  const filters = {
    q: param(sp, "q"),
    method: enumParam(sp, "method", ASSESSMENT_METHODS),
    siteType: param(sp, "siteType"),
    department: param(sp, "department"),
    isVetoOnly: param(sp, "veto") === "1",
  };
  const shown = filterEditionTree(edition.categories, filters);
  const isFiltered = hasFilters(filters);
  const { counts } = edition;

  return (
    <>
      <Link href="/editions" className="mb-2 inline-block text-sm text-slate-600 hover:underline">
        ← {t("indicators.tree.back")}
      </Link>
      <PageHeader
        title={edition.name}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <span className="font-mono">{edition.code}</span>
            {edition.isLocked && <Badge tone="amber">{t("indicators.locked")}</Badge>}
            <span>{t("indicators.tree.structure", { categories: counts.categories, contents: counts.contents })}</span>
          </span>
        }
        actions={
          <span className="inline-flex flex-wrap items-center gap-2">
            {can(actor, "manage:edition") && <ButtonLink href={`/editions/${edition.id}/mapping`}>{t("mapping.link")}</ButtonLink>}
            <ExportLinks editionId={edition.id} label={edition.code} />
          </span>
        }
      />
      <EditionFilters action={`/editions/${edition.id}`} filters={filters} options={filterOptions(edition.categories)} />
      <p role="status" className="mb-3 text-sm text-slate-700">
        {isFiltered
          ? t("indicators.tree.filteredTotal", { count: shown.criteriaCount, points: shown.points, allCount: counts.criteria, allPoints: counts.points })
          : t("indicators.tree.total", { count: counts.criteria, points: counts.points })}
      </p>
      {shown.categories.length === 0 ? <Alert tone="info">{t("indicators.tree.noMatch")}</Alert> : <EditionTree categories={shown.categories} />}
    </>
  );
}
