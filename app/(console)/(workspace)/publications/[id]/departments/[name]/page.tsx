import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/components/layout/or-not-found";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { InspectionBreakdown, LedgerBreakdown, RectificationBreakdown } from "@/components/scorecards/department-checks";
import { DepartmentTable } from "@/components/scorecards/department-table";
import { getT } from "@/lib/i18n/server";
import { getDepartmentDrilldown } from "@/lib/server/console/get-department-drilldown";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("scorecards.drill.title") };
}

/** Route parameters may arrive percent-encoded (a name holds any character); decode once when they do. */
function decodedName(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

type PageProps = { params: Promise<{ id: string; name: string }> };

export default async function DepartmentFiguresPage({ params }: PageProps) {
  const { id, name } = await params;
  const actor = await requireActor();
  const [t, drill] = await Promise.all([getT(), orNotFound(getDepartmentDrilldown(actor, id, decodedName(name)))]);
  return (
    <>
      <PageHeader
        title={t("scorecards.drill.heading", { department: drill.department })}
        description={
          <Link href={`/publications/${encodeURIComponent(drill.publication.id)}`} className="text-red-800 hover:underline">
            {drill.publication.title}
          </Link>
        }
      />
      <div className="space-y-6">
        <DepartmentTable rows={[drill.row]} t={t} />
        <InspectionBreakdown drill={drill} t={t} />
        <RectificationBreakdown drill={drill} t={t} />
        <LedgerBreakdown drill={drill} t={t} />
      </div>
    </>
  );
}
