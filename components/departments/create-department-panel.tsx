"use client";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { useT } from "@/lib/i18n/client";
import { DepartmentForm } from "./department-form";

export function CreateDepartmentPanel() {
  const t = useT();
  const [isOpen, setIsOpen] = useState(false);
  const [hasCreated, setHasCreated] = useState(false);
  if (!isOpen) {
    return (
      <div className="space-y-2">
        {hasCreated && <Alert tone="success">{t("departments.created")}</Alert>}
        <Button onClick={() => { setIsOpen(true); setHasCreated(false); }}>{t("departments.create")}</Button>
      </div>
    );
  }
  return (
    <Card title={t("departments.create")}>
      <DepartmentForm onSaved={() => { setIsOpen(false); setHasCreated(true); }} onCancel={() => setIsOpen(false)} />
    </Card>
  );
}
