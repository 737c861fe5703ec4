"use client";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { useT } from "@/lib/i18n/client";
import type { SiteOptions, SiteRow } from "@/lib/validation/sites";
import { SiteForm } from "./site-form";

/** The edit form, fresh for every version the page shows (after a save or a reload of the latest). */
export function SiteEditor({ site, options }: { site: SiteRow; options: SiteOptions }) {
  const t = useT();
  const [savedOver, setSavedOver] = useState<number | null>(null);
  return (
    <div className="space-y-3">
      {savedOver === site.version - 1 && <Alert tone="success">{t("common.saved")}</Alert>}
      <SiteForm key={site.version} site={site} options={options} onSaved={() => setSavedOver(site.version)} />
    </div>
  );
}
