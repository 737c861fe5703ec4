import type { Translate } from "@/lib/i18n/translate";
import type { CitizenReportItem } from "@/lib/validation/citizen-reports-office";

/** The resident's photos as thumbnails, each opening the full photo (read through the evidence route). */
export function ReportPhotos({ photos, t, size = "md" }: { photos: CitizenReportItem["photos"]; t: Translate; size?: "sm" | "md" }) {
  if (photos.length === 0) return <span className="text-sm text-slate-500">{t("citizenReports.noPhotos")}</span>;
  const box = size === "sm" ? "size-12" : "size-28";
  return (
    <ul className="flex flex-wrap gap-2">
      {photos.map((photo, index) => (
        <li key={photo.id}>
          <a href={photo.url} target="_blank" rel="noopener" className="block">
            {/* eslint-disable-next-line @next/next/no-img-element -- authenticated thumbnails, not optimisable static images */}
            <img
              src={photo.thumbnailUrl ?? photo.url}
              alt={t("citizenReports.photo", { n: index + 1 })}
              loading="lazy"
              className={`${box} rounded border border-slate-200 object-cover`}
            />
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Street and address, and the browser's position as plain coordinates (no outside map). */
export function ReportPlace({ place, t }: { place: CitizenReportItem["place"]; t: Translate }) {
  return (
    <div className="space-y-0.5">
      <div>{`${place.street} · ${place.address}`}</div>
      {place.position && (
        <div className="font-mono text-xs text-slate-500" title={t("citizenReports.coordinatesHint")}>
          {`${place.position.latitude.toFixed(6)}, ${place.position.longitude.toFixed(6)}`}
        </div>
      )}
    </div>
  );
}
