import type { Metadata } from "next";
import Link from "next/link";
import { DepartmentDetails } from "@/components/departments/department-details";
import { DepartmentEditor } from "@/components/departments/department-editor";
import { DepartmentLifecycle } from "@/components/departments/department-lifecycle";
import { AssignmentSheetDownload } from "@/components/findings/assignment-sheet-download";
import { orNotFound } from "@/components/layout/or-not-found";
import { LedgerExportLinks } from "@/components/ledger-export/ledger-export-links";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { ReminderLetterLink } from "@/components/tasks/reminder-letter-link";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import { getDepartmentOrThrow } from "@/lib/server/departments/get-department-or-throw";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("departments.detailTitle") };
}

export default async function DepartmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const department = await orNotFound(getDepartmentOrThrow(actor, id));
  const t = await getT();
  const canManage = can(actor, "manage:department");
  return (
    <>
      {actor.role !== "DEPARTMENT_LIAISON" && (
        <Link href="/departments" className="mb-2 inline-block text-sm text-slate-600 hover:underline">
          ← {t("departments.backToList")}
        </Link>
      )}
      <PageHeader
        title={department.name}
        description={t("departments.detailTitle")}
        actions={
          <>
            {can(actor, "read:ledger") && <LedgerExportLinks departmentId={department.id} />}
            <ReminderLetterLink departmentId={department.id} />
            {can(actor, "dispatch:finding") && <AssignmentSheetDownload departmentId={department.id} />}
            <ButtonLink href={`/departments/${department.id}/criteria`}>{t("indicators.department.link")}</ButtonLink>
          </>
        }
      />
      <div className="grid gap-4 xl:grid-cols-2">
        <Card title={t("departments.info")}>
          <DepartmentDetails department={department} />
        </Card>
        {canManage && (
          <Card title={t("departments.edit")} actions={<DepartmentLifecycle department={department} />}>
            {department.deletedAt ? <p className="text-sm text-slate-600">{t("departments.restoreToEdit")}</p> : <DepartmentEditor department={department} />}
          </Card>
        )}
      </div>
    </>
  );
}
