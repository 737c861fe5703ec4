import type { Translate } from "@/lib/i18n/translate";
import type { EvidenceRow } from "@/lib/validation/ledger";

const url = (id: string) => `/api/v1/evidence/${encodeURIComponent(id)}`;

function sizeLabel(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/**
 * Images as thumbnails linking to the full file; documents as file links. The lists carry no
 * aria-label: "佐证材料" is the upload field's name, and it must stay one field.
 */
export function EvidenceGallery({ evidence, t }: { evidence: EvidenceRow[]; t: Translate }) {
  if (evidence.length === 0) return null;
  const images = evidence.filter((file) => file.hasThumbnail);
  const documents = evidence.filter((file) => !file.hasThumbnail);
  return (
    <div className="space-y-2">
      {images.length > 0 && (
        <ul className="flex flex-wrap gap-2">
          {images.map((file) => (
            <li key={file.id}>
              <a href={url(file.id)} target="_blank" rel="noopener" title={file.originalName} className="block">
                {/* eslint-disable-next-line @next/next/no-img-element -- authenticated thumbnails, not optimisable static images */}
                <img
                  src={`${url(file.id)}?thumbnail=1`}
                  alt={t("ledger.thumbnailAlt", { name: file.originalName })}
                  loading="lazy"
                  className="h-24 w-24 rounded border border-slate-200 object-cover"
                />
              </a>
            </li>
          ))}
        </ul>
      )}
      {documents.length > 0 && (
        <ul className="space-y-1 text-sm">
          {documents.map((file) => (
            <li key={file.id}>
              <a href={url(file.id)} target="_blank" rel="noopener" className="text-sky-800 underline hover:text-sky-900">
                {file.originalName}
              </a>
              <span className="ml-2 text-xs text-slate-500">{sizeLabel(file.size)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
