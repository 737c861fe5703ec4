"use client";
import { OpenToCreate } from "@/components/forms/open-to-create";
import { Card } from "@/components/ui/card";
import { useT } from "@/lib/i18n/client";
import { DepartmentForm } from "./department-form";

export function CreateDepartmentPanel() {
  const t = useT();
  return (
    <OpenToCreate openLabel={t("departments.create")} createdMessage={t("departments.created")}>
      {({ done, cancel }) => (
        <Card title={t("departments.create")}>
          <DepartmentForm onSaved={done} onCancel={cancel} />
        </Card>
      )}
    </OpenToCreate>
  );
}
