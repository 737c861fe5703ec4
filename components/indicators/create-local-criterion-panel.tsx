"use client";
import { useState, type ComponentProps } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/client";
import { LocalCriterionForm } from "./local-criterion-form";

type Props = Omit<ComponentProps<typeof LocalCriterionForm>, "onSaved" | "onCancel">;

export function CreateLocalCriterionPanel(props: Props) {
  const t = useT();
  const [isOpen, setIsOpen] = useState(false);
  const [hasCreated, setHasCreated] = useState(false);
  if (!isOpen) {
    return (
      <div className="space-y-2">
        {hasCreated && <Alert tone="success">{t("indicators.city.localCreated")}</Alert>}
        <Button onClick={() => { setIsOpen(true); setHasCreated(false); }}>{t("indicators.city.createLocal")}</Button>
      </div>
    );
  }
  return <LocalCriterionForm {...props} onSaved={() => { setIsOpen(false); setHasCreated(true); }} onCancel={() => setIsOpen(false)} />;
}
