import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";
import type { PublicPublicationRef } from "@/lib/server/public/public-dto";
import { formatPublished } from "./format";

/** Bulletins as a list: title (to the publication's page), summary, when, and the public bulletin's download. */
export function PublicationList({ items, slug, t, withSummary = true }: { items: PublicPublicationRef[]; slug: string; t: Translate; withSummary?: boolean }) {
  return (
    <ul className="divide-y divide-slate-100">
      {items.map((item) => (
        <li key={item.id} className="space-y-1 py-3">
          <p className="flex flex-wrap items-baseline gap-x-2">
            <Link href={`/cities/${slug}/publications/${item.id}`} className="font-medium text-red-800 underline-offset-2 hover:underline">
              {item.title}
            </Link>
            {item.supersededBy && <span className="rounded bg-amber-100 px-1.5 text-xs text-amber-900">{t("public.superseded")}</span>}
          </p>
          <p className="text-xs text-slate-600">
            {t(`public.kind.${item.kind}`)} · {item.periodStart} — {item.periodEnd} · {t("public.publishedAt", { at: formatPublished(item.publishedAt) })}
          </p>
          {withSummary && item.summary && <p className="text-sm text-slate-700">{item.summary}</p>}
          <a href={item.bulletinUrl} download className="inline-block text-sm text-red-800 underline">
            {t("public.downloadBulletin")}
            <span className="sr-only">：{item.title}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
