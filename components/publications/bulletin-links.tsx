import type { Translate } from "@/lib/i18n/translate";
import { bulletinHref, letterHref } from "./bulletin-href";

type Props = {
  publicationId: string;
  /** A liaison reads the public variant only. */
  canReadOfficial: boolean;
  /** Departments this publication sent a 提醒函 (level 1 of a black list). */
  letterDepartments: string[];
  t: Translate;
};

/** The publication's bulletin (.docx, official or public), its printable page, and the reminder letters it issued. */
export function BulletinLinks({ publicationId, canReadOfficial, letterDepartments, t }: Props) {
  const isPublic = !canReadOfficial;
  const link = "text-red-800 underline hover:text-red-900";
  return (
    <nav aria-label={t("publications.bulletin.title")} className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm print:hidden">
      <a href={bulletinHref(publicationId, { isPublic })} className={link} download>
        {t(isPublic ? "publications.bulletin.publicDocx" : "publications.bulletin.docx")}
      </a>
      <a href={bulletinHref(publicationId, { isPublic, isHtml: true })} className={link} target="_blank" rel="noopener">
        {t("publications.bulletin.html")}
      </a>
      {letterDepartments.length > 0 && (
        <span className="flex flex-wrap items-center gap-x-3">
          <span className="text-slate-600">{t("publications.bulletin.letters")}：</span>
          {letterDepartments.map((department) => (
            <a key={department} href={letterHref(publicationId, department)} className={link} download>
              {t("publications.bulletin.letter", { department })}
            </a>
          ))}
        </span>
      )}
    </nav>
  );
}
