import { ButtonLink, buttonClass } from "@/components/ui/button";
import type { Translate } from "@/lib/i18n/translate";

/** The office's ways in and out of the task list: new, import, export (a file download) and coverage. */
export function TaskTableLinks({ t }: { t: Translate }) {
  return (
    <>
      <ButtonLink href="/tasks/new" variant="primary">
        {t("tasks.links.new")}
      </ButtonLink>
      <ButtonLink href="/tasks/import">{t("tasks.links.import")}</ButtonLink>
      <a href="/api/v1/tasks/export" download className={buttonClass("secondary")}>
        {t("tasks.links.export")}
      </a>
      <ButtonLink href="/coverage">{t("tasks.links.coverage")}</ButtonLink>
    </>
  );
}
