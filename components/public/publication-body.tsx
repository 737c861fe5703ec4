import type { Translate } from "@/lib/i18n/translate";
import type { PublicPublication } from "@/lib/server/public/public-dto";
import { DepartmentTable } from "./department-table";
import { formatScore } from "./format";
import { ProgressBar } from "./progress-bar";
import { ProvinceRanking } from "./province-ranking";
import { RankingList } from "./ranking-list";

/** The figures of one publication as published. */
export function PublicationBody({ publication, publicSlugs, t }: { publication: PublicPublication; publicSlugs: Set<string>; t: Translate }) {
  const body = publication.body;
  if (body.type === "PROVINCE") {
    return (
      <section aria-labelledby="province-ranking" className="space-y-3">
        <h2 id="province-ranking" className="text-lg font-semibold text-slate-900">
          {t("public.provinceRanking")}
        </h2>
        <ProvinceRanking publication={publication} publicSlugs={publicSlugs} t={t} />
      </section>
    );
  }
  const vetoed = body.type === "ROUND" ? body.vetoed : body.vetoedRounds > 0;
  return (
    <>
      <section aria-labelledby="publication-score" className="space-y-2">
        <h2 id="publication-score" className="text-lg font-semibold text-slate-900">
          {t("public.cityScore")}
        </h2>
        <p className="text-3xl font-bold tabular-nums text-slate-900">
          {formatScore(body.cityScore)}
          {vetoed && <span className="ml-2 text-base font-normal text-slate-700">{t("public.vetoed")}</span>}
        </p>
        {body.type === "PERIOD" && body.rounds.length > 0 && (
          <p className="text-sm text-slate-700">{t("public.periodRounds", { count: body.rounds.length })}</p>
        )}
      </section>
      <section aria-labelledby="publication-departments" className="space-y-3">
        <h2 id="publication-departments" className="text-lg font-semibold text-slate-900">
          {t("public.departmentResults")}
        </h2>
        <DepartmentTable rows={body.departments} t={t} caption={publication.title} />
      </section>
      <section aria-labelledby="publication-lists" className="space-y-3">
        <h2 id="publication-lists" className="text-lg font-semibold text-slate-900">
          {t("public.lists")}
        </h2>
        {body.lists.map((list) => (
          <RankingList key={list.name} list={list} t={t} />
        ))}
      </section>
      <section aria-labelledby="publication-progress" className="space-y-3">
        <h2 id="publication-progress" className="text-lg font-semibold text-slate-900">
          {t("public.progressByAction")}
        </h2>
        {body.planProgress.actions.map((action) => (
          <ProgressBar key={action.name} label={action.name} done={action.completed} total={action.total} unit={t("public.tasksUnit")} />
        ))}
        <p className="text-sm text-slate-700">
          {t("public.rectificationLine", { due: body.rectification.due, onTime: body.rectification.rectifiedOnTime, overdue: body.rectification.overdue })}
        </p>
      </section>
    </>
  );
}
