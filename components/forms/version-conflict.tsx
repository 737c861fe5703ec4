"use client";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/run-action";
import { useT } from "@/lib/i18n/client";

export type ConflictField = { name: string; label: string; format?: (value: unknown) => string };

function currentOf(result: ActionResult<unknown> | null): Record<string, unknown> | null {
  if (!result || result.ok || result.code !== "VERSION_CONFLICT") return null;
  const current = (result.details as { current?: unknown } | undefined)?.current;
  return current && typeof current === "object" ? (current as Record<string, unknown>) : {};
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** Someone saved first: say so, show the latest values, and offer to load them into the form. */
export function VersionConflict({ result, fields }: { result: ActionResult<unknown> | null; fields: ConflictField[] }) {
  const t = useT();
  const router = useRouter();
  const current = currentOf(result);
  if (!current) return null;
  const shown = fields.filter((field) => field.name in current);
  return (
    <Alert tone="warning">
      <p className="font-medium">{t("errors.VERSION_CONFLICT")}</p>
      {shown.length > 0 && (
        <>
          <p className="mt-2">{t("errors.latestValues")}</p>
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
            {shown.map((field) => (
              <div key={field.name} className="contents">
                <dt className="text-amber-800">{field.label}</dt>
                <dd>{field.format ? field.format(current[field.name]) : show(current[field.name])}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <Button variant="secondary" size="sm" className="mt-2" onClick={() => router.refresh()}>
        {t("errors.loadLatest")}
      </Button>
    </Alert>
  );
}
