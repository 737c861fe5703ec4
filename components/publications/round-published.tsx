import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";
import type { PublicationListItem } from "@/lib/server/publications/publication-dto";
import { bulletinHref } from "./bulletin-href";

/** A published round: "已发布：{title}" with its page and its bulletin. */
export function RoundPublished({ publication, canReadOfficial, t }: { publication: PublicationListItem; canReadOfficial: boolean; t: Translate }) {
  return (
    <section aria-labelledby="round-published" className="mb-6 rounded-lg border border-green-200 bg-green-50 p-4 text-sm text-green-900">
      <h2 id="round-published" className="font-semibold">
        {t("publications.panel.published", { title: publication.title })}
      </h2>
      <p className="mt-1 flex flex-wrap gap-3">
        <Link href={`/publications/${publication.id}`} className="underline">
          {t("publications.panel.view")}
        </Link>
        <a href={bulletinHref(publication.id, { isPublic: !canReadOfficial })} className="underline" download>
          {t("publications.bulletin.docx")}
        </a>
      </p>
    </section>
  );
}
