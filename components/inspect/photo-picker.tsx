"use client";
import { useEffect, useMemo, useState } from "react";
import { useT } from "@/lib/i18n/client";
import { compressPhoto } from "@/lib/inspect/compress-photo";
import type { StoredPhoto } from "@/lib/inspect/queued-check";
import { MAX_CHECK_PHOTOS } from "@/lib/validation/checks";

const MAX_PHOTOS = MAX_CHECK_PHOTOS;

type Props = { id: string; photos: StoredPhoto[]; onChange: (photos: StoredPhoto[]) => void; onTaken: () => void; error?: string };

function usePreviews(photos: StoredPhoto[]): string[] {
  const urls = useMemo(() => photos.map((photo) => URL.createObjectURL(new Blob([photo.bytes], { type: photo.type }))), [photos]);
  useEffect(() => () => urls.forEach((url) => URL.revokeObjectURL(url)), [urls]);
  return urls;
}

/** Up to 20 photos from the camera, made small on the phone before they are queued. */
export function PhotoPicker({ id, photos, onChange, onTaken, error }: Props) {
  const t = useT();
  const [isBusy, setBusy] = useState(false);
  const [tooMany, setTooMany] = useState(false);
  const previews = usePreviews(photos);

  async function add(files: FileList | null) {
    if (!files?.length) return;
    onTaken();
    setBusy(true);
    const room = MAX_PHOTOS - photos.length;
    setTooMany(files.length > room);
    const added: StoredPhoto[] = [];
    for (const file of Array.from(files).slice(0, Math.max(0, room))) added.push(await compressPhoto(file, photos.length + added.length));
    setBusy(false);
    onChange([...photos, ...added]);
  }

  const message = error ?? (tooMany ? t("inspect.photos.tooMany") : null);
  return (
    <div className="space-y-2">
      <label
        htmlFor={id}
        className="flex min-h-12 w-full cursor-pointer items-center justify-center rounded-lg border border-dashed border-slate-400 bg-white px-3 text-base font-medium text-slate-800 active:bg-slate-50"
      >
        {isBusy ? t("inspect.photos.processing") : `${t("inspect.photos.add")}（${t("inspect.photos.count", { count: photos.length, max: MAX_PHOTOS })}）`}
      </label>
      <input
        id={id}
        type="file"
        accept="image/*"
        capture="environment"
        multiple
        className="sr-only"
        disabled={isBusy || photos.length >= MAX_PHOTOS}
        onChange={(event) => {
          void add(event.target.files);
          event.target.value = "";
        }}
      />
      {message && <p className="text-sm text-red-700">{message}</p>}
      {photos.length > 0 && (
        <ul className="grid grid-cols-4 gap-2">
          {previews.map((url, index) => (
            <li key={url} className="relative">
              {/* eslint-disable-next-line @next/next/no-img-element -- a local blob preview, nothing for next/image to optimize */}
              <img src={url} alt={t("inspect.photos.alt", { index: index + 1 })} className="aspect-square w-full rounded object-cover" />
              <button
                type="button"
                aria-label={t("inspect.photos.remove", { index: index + 1 })}
                className="absolute top-0 right-0 flex h-8 w-8 items-center justify-center rounded-bl bg-black/60 text-white"
                onClick={() => onChange(photos.filter((_, at) => at !== index))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
