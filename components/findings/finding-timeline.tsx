import { formatInstant } from "@/lib/domain/dates";
import type { Translate } from "@/lib/i18n/translate";
import type { FindingDetail } from "@/lib/validation/findings";

/** Who did what and when, with the notes (reply texts, return reasons, reopen reasons). */
export function FindingTimeline({ events, t }: { events: FindingDetail["timeline"]; t: Translate }) {
  if (events.length === 0) return <p className="text-sm text-slate-500">{t("findings.detail.noEvents")}</p>;
  return (
    <ol className="space-y-3 border-l-2 border-slate-200 pl-4">
      {events.map((event) => (
        <li key={event.id} className="space-y-1">
          <p className="text-sm">
            <span className="font-medium text-slate-900">{t(`findings.event.${event.kind}`)}</span>
            <span className="ml-2 text-slate-600">{event.actor?.name ?? t("findings.detail.system")}</span>
            <time className="ml-2 text-xs text-slate-500" dateTime={event.createdAt}>
              {formatInstant(new Date(event.createdAt))}
            </time>
          </p>
          {event.note && <p className="text-sm whitespace-pre-wrap text-slate-700">{event.note}</p>}
          {event.photos.length > 0 && (
            <p className="text-xs text-slate-500">
              {event.photos.map((photo, index) => (
                <a key={photo.id} href={photo.url} target="_blank" rel="noopener" className="mr-2 text-sky-700 underline">
                  {t("findings.detail.photo", { n: index + 1 })}
                </a>
              ))}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
