import type { Translate } from "@/lib/i18n/translate";
import type { FindingDetail } from "@/lib/validation/findings";

type Photo = FindingDetail["beforePhotos"][number];

function PhotoColumn({ title, photos, t }: { title: string; photos: Photo[]; t: Translate }) {
  return (
    <div className="min-w-0 space-y-2">
      <h3 className="text-sm font-medium text-slate-700">{title}</h3>
      {photos.length === 0 ? (
        <p className="text-sm text-slate-500">{t("findings.detail.noPhotos")}</p>
      ) : (
        <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3">
          {photos.map((photo, index) => (
            <li key={photo.id}>
              <a href={photo.url} target="_blank" rel="noopener" className="block">
                {/* eslint-disable-next-line @next/next/no-img-element -- authenticated thumbnails, not optimisable static images */}
                <img
                  src={photo.thumbnailUrl ?? photo.url}
                  alt={`${title} ${t("findings.detail.photo", { n: index + 1 })}`}
                  loading="lazy"
                  className="aspect-square w-full rounded border border-slate-200 object-cover"
                />
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** 整改前 (the check's photos) beside 整改后 (the replies' photos); stacked on a phone. */
export function FindingPhotos({ before, after, t }: { before: Photo[]; after: Photo[]; t: Translate }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <PhotoColumn title={t("findings.detail.before")} photos={before} t={t} />
      <PhotoColumn title={t("findings.detail.after")} photos={after} t={t} />
    </div>
  );
}
