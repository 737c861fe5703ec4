"use client";
import { useState, useTransition } from "react";
import { errorMessage } from "@/components/forms/form-error";
import { Select } from "@/components/ui/select";
import { assignRoundInspectorAction } from "@/lib/actions/rounds";
import { useT } from "@/lib/i18n/client";

type Props = { roundId: string; siteId: string; siteName: string; inspectorId: string | null; inspectors: { id: string; name: string }[] };

/** 调整督查员 of one site: saved as soon as another is chosen (none: any inspector of the city). */
export function RoundInspectorSelect({ roundId, siteId, siteName, inspectorId, inspectors }: Props) {
  const t = useT();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const id = `inspector-${siteId}`;
  return (
    <div className="min-w-36 space-y-1">
      <Select
        id={id}
        aria-label={t("rounds.sites.inspectorOf", { site: siteName })}
        {...(error ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : {})}
        defaultValue={inspectorId ?? ""}
        disabled={isPending}
        placeholder={t("rounds.sites.anyInspector")}
        options={inspectors.map((inspector) => ({ value: inspector.id, label: inspector.name }))}
        onChange={(event) => {
          const value = event.target.value || null;
          setError(null);
          startTransition(async () => {
            const result = await assignRoundInspectorAction({ roundId, siteId, inspectorId: value });
            if (!result.ok) setError(result.fieldErrors?.inspectorId?.join("；") ?? errorMessage(t, result));
          });
        }}
      />
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
