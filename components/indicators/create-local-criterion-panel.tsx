"use client";
import type { ComponentProps } from "react";
import { OpenToCreate } from "@/components/forms/open-to-create";
import { useT } from "@/lib/i18n/client";
import { LocalCriterionForm } from "./local-criterion-form";

type Props = Omit<ComponentProps<typeof LocalCriterionForm>, "onSaved" | "onCancel">;

export function CreateLocalCriterionPanel(props: Props) {
  const t = useT();
  return (
    <OpenToCreate openLabel={t("indicators.city.createLocal")} createdMessage={t("indicators.city.localCreated")}>
      {({ done, cancel }) => <LocalCriterionForm {...props} onSaved={done} onCancel={cancel} />}
    </OpenToCreate>
  );
}
