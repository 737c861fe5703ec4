"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/client";

export type Position = { latitude: number; longitude: number } | null;

// Six decimals are about 0.1 m: more than a phone knows, and all the office needs.
const round = (value: number) => Math.round(value * 1e6) / 1e6;

/** "使用我的位置": the browser's position (asked only on the button), kept in hidden fields of the form. */
export function ReportLocation({ position, onChange, errors }: { position: Position; onChange: (position: Position) => void; errors?: string[] }) {
  const t = useT();
  const [state, setState] = useState<"idle" | "locating" | "failed" | "unsupported">("idle");
  const locate = () => {
    if (!("geolocation" in navigator)) return setState("unsupported");
    setState("locating");
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        onChange({ latitude: round(coords.latitude), longitude: round(coords.longitude) });
        setState("idle");
      },
      () => setState("failed"),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };
  return (
    <div className="space-y-1">
      <input type="hidden" name="latitude" value={position?.latitude ?? ""} />
      <input type="hidden" name="longitude" value={position?.longitude ?? ""} />
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="secondary" size="sm" onClick={locate} disabled={state === "locating"}>
          {t(state === "locating" ? "report.locating" : "report.locate")}
        </Button>
        {position && (
          <Button variant="ghost" size="sm" onClick={() => onChange(null)}>
            {t("report.clearLocation")}
          </Button>
        )}
      </div>
      <p role="status" className="text-xs text-slate-600">
        {position ? t("report.located", { latitude: position.latitude, longitude: position.longitude }) : null}
        {state === "failed" ? t("report.locateFailed") : null}
        {state === "unsupported" ? t("report.locateUnsupported") : null}
      </p>
      {errors?.length ? <p className="text-sm text-red-700">{errors.join("；")}</p> : null}
    </div>
  );
}
