import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditionMappingForm } from "@/components/indicators/edition-mapping-form";
import { FilterBar } from "@/components/layout/filter-bar";
import { orNotFound } from "@/components/layout/or-not-found";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { can } from "@/lib/auth/permissions";
import { formatMappingText } from "@/lib/domain/edition-mapping/mapping-text";
import { getT } from "@/lib/i18n/server";
import { getEditionMapping } from "@/lib/server/edition-mappings/get-edition-mapping";
import { getEditionOrThrow } from "@/lib/server/indicators/get-edition-or-throw";
import { listEditions } from "@/lib/server/indicators/list-editions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("mapping.title") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string }> };

export default async function EditionMappingPage({ params, searchParams }: Props) {
  const [{ id }, { from }] = await Promise.all([params, searchParams]);
  const actor = await requireActor();
  if (!can(actor, "manage:edition")) notFound();
  const t = await getT();
  const edition = await orNotFound(getEditionOrThrow(actor, id));
  const others = (await listEditions(actor, { pageSize: 500 })).items.filter((item) => item.id !== id);
  const previous = others.find((item) => item.id === from);
  const mapping = previous ? await getEditionMapping(actor, previous.id, id) : null;
  return (
    <>
      <Link href={`/editions/${id}`} className="mb-2 inline-block text-sm text-slate-600 hover:underline">
        ← {t("mapping.back", { name: edition.name })}
      </Link>
      <PageHeader title={t("mapping.heading", { name: edition.name })} description={t("mapping.description")} />
      <FilterBar action={`/editions/${id}/mapping`} values={{ from }}>
        <div className="w-full sm:w-80">
          <Field id="mapping-from" label={t("mapping.previous")}>
            <Select
              id="mapping-from"
              name="from"
              defaultValue={previous?.id ?? ""}
              placeholder={t("mapping.choosePrevious")}
              options={others.map((item) => ({ value: item.id, label: `${item.name}（${item.code}）` }))}
            />
          </Field>
        </div>
      </FilterBar>
      {previous && mapping && <EditionMappingForm key={previous.id} fromEditionId={previous.id} toEditionId={id} text={formatMappingText(mapping.rows)} />}
    </>
  );
}
