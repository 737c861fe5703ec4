"use client";
import { useState, useTransition } from "react";
import { errorMessage } from "@/components/forms/form-error";
import { OpenToCreate } from "@/components/forms/open-to-create";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { markCycleCurrentAction } from "@/lib/actions/city-admin";
import type { ActionResult } from "@/lib/actions/run-action";
import { useT } from "@/lib/i18n/client";
import type { AdminCityRow, ProvinceRow } from "@/lib/validation/provinces";
import { CityForm } from "./city-form";
import { CycleForm } from "./cycle-form";
import { ProvinceForm } from "./province-form";

// The small client pieces of the administration pages: open-to-create panels, inline edits and
// the 设为当前周期 button.

export function CreateProvincePanel() {
  const t = useT();
  return (
    <OpenToCreate openLabel={t("cityAdmin.createProvince")} createdMessage={t("cityAdmin.provinceCreated")}>
      {({ done, cancel }) => (
        <Card title={t("cityAdmin.createProvince")}>
          <ProvinceForm onSaved={done} onCancel={cancel} />
        </Card>
      )}
    </OpenToCreate>
  );
}

export function EditProvince({ province }: { province: ProvinceRow }) {
  const t = useT();
  const [isOpen, setIsOpen] = useState(false);
  if (!isOpen)
    return (
      <Button size="sm" variant="secondary" onClick={() => setIsOpen(true)}>
        {t("common.edit")}
      </Button>
    );
  return <ProvinceForm key={province.version} province={province} onSaved={() => setIsOpen(false)} onCancel={() => setIsOpen(false)} />;
}

export function CreateCityPanel({ provinces }: { provinces: Array<{ id: string; name: string }> }) {
  const t = useT();
  return (
    <OpenToCreate openLabel={t("cityAdmin.createCity")} createdMessage={t("cityAdmin.cityCreated")}>
      {({ done, cancel }) => (
        <Card title={t("cityAdmin.createCity")}>
          <CityForm provinces={provinces} onSaved={done} onCancel={cancel} />
        </Card>
      )}
    </OpenToCreate>
  );
}

export function EditCity({ city, provinces }: { city: AdminCityRow; provinces: Array<{ id: string; name: string }> }) {
  const t = useT();
  const [isOpen, setIsOpen] = useState(false);
  if (!isOpen)
    return (
      <Button size="sm" variant="secondary" onClick={() => setIsOpen(true)}>
        {t("common.edit")}
      </Button>
    );
  return <CityForm key={city.version} city={city} provinces={provinces} onSaved={() => setIsOpen(false)} onCancel={() => setIsOpen(false)} />;
}

export function CreateCyclePanel(props: { cityId: string; editions: Array<{ id: string; name: string }>; nextStartYear: number }) {
  const t = useT();
  return (
    <OpenToCreate openLabel={t("cityAdmin.createCycle")} createdMessage={t("cityAdmin.cycleCreated")}>
      {({ done, cancel }) => (
        <Card title={t("cityAdmin.createCycle")}>
          <CycleForm {...props} onSaved={done} onCancel={cancel} />
        </Card>
      )}
    </OpenToCreate>
  );
}

export function MarkCycleCurrentButton({ cycle }: { cycle: { id: string; version: number } }) {
  const t = useT();
  const [isPending, startTransition] = useTransition();
  const [failure, setFailure] = useState<Extract<ActionResult<unknown>, { ok: false }> | null>(null);
  return (
    <div className="space-y-1">
      {failure && <Alert tone="error">{errorMessage(t, failure)}</Alert>}
      <Button
        size="sm"
        variant="secondary"
        disabled={isPending}
        onClick={() =>
          startTransition(async () => {
            const result = await markCycleCurrentAction({ id: cycle.id, version: cycle.version });
            setFailure(result.ok ? null : result);
          })
        }
      >
        {t("cityAdmin.markCurrent")}
      </Button>
    </div>
  );
}
