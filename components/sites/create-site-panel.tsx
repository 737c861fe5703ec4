"use client";
import { OpenToCreate } from "@/components/forms/open-to-create";
import { Card } from "@/components/ui/card";
import { useT } from "@/lib/i18n/client";
import type { SiteOptions } from "@/lib/validation/sites";
import { SiteForm } from "./site-form";

export function CreateSitePanel({ options }: { options: SiteOptions }) {
  const t = useT();
  return (
    <OpenToCreate openLabel={t("sites.create")} createdMessage={t("sites.created")}>
      {({ done, cancel }) => (
        <Card title={t("sites.create")}>
          <SiteForm options={options} onSaved={done} onCancel={cancel} />
        </Card>
      )}
    </OpenToCreate>
  );
}
