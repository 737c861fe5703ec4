import type { Metadata } from "next";
import Link from "next/link";
import { DepartmentCriteriaTable } from "@/components/indicators/department-criteria-table";
import { orNotFound } from "@/components/layout/or-not-found";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { Alert } from "@/components/ui/alert";
import { can } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import { listDepartmentCriteria } from "@/lib/server/indicators/city/list-department-criteria";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("indicators.department.title") };
}

export default async function DepartmentCriteriaPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const data = await orNotFound(listDepartmentCriteria(actor, id));
  const t = await getT();
  const leadCount = data.items.filter((item) => item.role === "LEAD").length;
  return (
    <>
      <Link href={`/departments/${id}`} className="mb-2 inline-block text-sm text-slate-600 hover:underline">
        ← {t("indicators.department.back", { name: data.department.name })}
      </Link>
      <PageHeader
        title={t("indicators.department.heading", { name: data.department.name })}
        description={data.edition ? t("indicators.department.edition", { name: data.edition.name, code: data.edition.code }) : undefined}
      />
      {!data.edition ? (
        <Alert tone="info">{t("indicators.department.noEdition")}</Alert>
      ) : (
        <>
          <dl className="mb-4 grid gap-3 sm:grid-cols-3">
            {[
              [t("indicators.department.totalPoints"), t("indicators.department.pointsOf", { points: data.totalPoints, count: data.items.length })],
              [t("indicators.department.leadPoints"), t("indicators.department.pointsOf", { points: data.leadPoints, count: leadCount })],
              [t("indicators.department.coPoints"), t("indicators.department.pointsOf", { points: data.coPoints, count: data.items.length - leadCount })],
            ].map(([label, value]) => (
              <div key={label} className="rounded-lg border border-slate-200 bg-white px-4 py-3">
                <dt className="text-sm text-slate-600">{label}</dt>
                <dd className="text-lg font-semibold text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
          <DepartmentCriteriaTable items={data.items} canSeeTrend={can(actor, "read:score") && actor.cityId !== null} />
        </>
      )}
    </>
  );
}
