"use client";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { useT } from "@/lib/i18n/client";
import type { DepartmentRow } from "@/lib/validation/departments";
import { DepartmentForm } from "./department-form";

/** The edit form, fresh for every version the page shows (after a save or a reload of the latest). */
export function DepartmentEditor({ department }: { department: DepartmentRow }) {
  const t = useT();
  const [savedOver, setSavedOver] = useState<number | null>(null);
  return (
    <div className="space-y-3">
      {savedOver === department.version - 1 && <Alert tone="success">{t("common.saved")}</Alert>}
      <DepartmentForm key={department.version} department={department} onSaved={() => setSavedOver(department.version)} />
    </div>
  );
}
