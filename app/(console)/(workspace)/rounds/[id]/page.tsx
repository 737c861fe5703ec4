import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/components/layout/or-not-found";
import { RoundAppeals } from "@/components/appeals/round-appeals";
import { PageHeader } from "@/components/layout/page-header";
import { RoundPublication } from "@/components/publications/round-publication";
import { requireActor } from "@/components/layout/require-actor";
import { DeskCheckItem } from "@/components/rounds/desk-check-item";
import { RoundProgress, RoundStatusBadge } from "@/components/rounds/round-badges";
import { RoundRechecks } from "@/components/rounds/round-rechecks";
import { RoundScores } from "@/components/rounds/round-scores";
import { RoundSiteChecks } from "@/components/rounds/round-site-checks";
import { RoundSiteTable } from "@/components/rounds/round-site-table";
import { RoundStatusActions } from "@/components/rounds/round-status-actions";
import { ButtonLink } from "@/components/ui/button";
import { can } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import { listAppeals } from "@/lib/server/appeals/list-appeals";
import { getChecklist } from "@/lib/server/rounds/get-checklist";
import { getRoundDetail } from "@/lib/server/rounds/get-round-detail";
import { getRoundScoreView } from "@/lib/server/rounds/get-round-score-view";
import { listRoundInspectors } from "@/lib/server/rounds/list-round-inspectors";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("rounds.detail.title") };
}

type PageProps = { params: Promise<{ id: string }>; searchParams: Promise<{ site?: string | string[] }> };

export default async function RoundPage({ params, searchParams }: PageProps) {
  const { id } = await params;
  const { site: siteParam } = await searchParams;
  const actor = await requireActor();
  const round = await orNotFound(getRoundDetail(actor, id));
  const t = await getT();
  const canManage = can(actor, "manage:round");
  const isScored = round.kind !== "RECHECK";
  const fieldCriteria = round.criteria.filter((criterion) => criterion.method === "FIELD");
  const hasDesk = round.criteria.some((criterion) => criterion.method !== "FIELD");
  const openSite = round.sites.find(({ site }) => site.id === siteParam)?.site ?? null;
  const mayCorrect = round.status === "IN_PROGRESS" && can(actor, "write:check");
  // The office answers appeals on the round page; a liaison reads its own on its home page.
  const showAppeals = isScored && round.status === "CLOSED" && can(actor, "answer:appeal");
  const [inspectors, scores, desk, siteChecks, appeals] = await Promise.all([
    canManage && round.status !== "CLOSED" ? listRoundInspectors(actor) : Promise.resolve(null),
    isScored && round.status === "CLOSED" && can(actor, "read:score") ? getRoundScoreView(actor, round.id) : Promise.resolve(null),
    hasDesk ? getChecklist(actor, round.id, null) : Promise.resolve([]),
    openSite ? getChecklist(actor, round.id, openSite.id) : Promise.resolve(null),
    showAppeals ? listAppeals(actor, { roundId: round.id, pageSize: 500 }) : Promise.resolve(null),
  ]);

  return (
    <>
      <Link href="/rounds" className="mb-2 inline-block text-sm text-slate-600 hover:underline">
        ← {t("rounds.detail.back")}
      </Link>
      <PageHeader
        title={round.name}
        actions={can(actor, "read:finding") ? <ButtonLink href={`/findings?round=${round.id}`}>{t("rounds.detail.findings")}</ButtonLink> : undefined}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <RoundStatusBadge status={round.status} t={t} />
            <span>{t(`rounds.kind.${round.kind}`)}</span>
            <span className="tabular-nums">{`${round.periodStart} — ${round.periodEnd}`}</span>
          </span>
        }
      />
      <div className="mb-6 grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3">
        <div>
          <p className="text-sm text-slate-600">{t("rounds.detail.progress")}</p>
          <RoundProgress progress={round.progress} label={t("rounds.progressOf", { name: round.name })} t={t} />
        </div>
        <div className="text-sm text-slate-700">
          <p>{t("rounds.detail.counts", { sites: round.siteCount, criteria: round.criterionCount })}</p>
          {round.sample && <p className="mt-1 text-xs text-slate-500">{t("rounds.detail.sample", { seed: round.sample.seed })}</p>}
          {round.reopenReason && <p className="mt-1 text-xs text-amber-800">{t("rounds.detail.reopenReason", { reason: round.reopenReason })}</p>}
        </div>
        <RoundStatusActions roundId={round.id} status={round.status} canStart={can(actor, "start:round")} canManage={canManage} />
      </div>

      {scores && (
        <div className="mb-6">
          <RoundScores roundId={round.id} scores={scores} t={t} />
        </div>
      )}

      {isScored && round.status === "CLOSED" && <RoundPublication actor={actor} round={round} t={t} />}

      {appeals && appeals.total > 0 && <RoundAppeals appeals={appeals.items} canAnswer t={t} />}

      {round.rechecks ? (
        <section aria-labelledby="round-rechecks" className="mb-6 space-y-2">
          <h2 id="round-rechecks" className="text-base font-semibold text-slate-900">
            {t("rounds.rechecks.title")}
          </h2>
          <RoundRechecks
            items={round.rechecks}
            t={t}
            recordIn={round.status === "IN_PROGRESS" && can(actor, "write:recheck") ? { roundId: round.id } : undefined}
          />
        </section>
      ) : null}

      <section aria-labelledby="round-sites" className="mb-6 space-y-2">
        <h2 id="round-sites" className="text-base font-semibold text-slate-900">
          {t("rounds.sites.title")}
        </h2>
        <RoundSiteTable roundId={round.id} sites={round.sites} inspectors={inspectors} t={t} />
      </section>

      {openSite && siteChecks && (
        <section id="site-checks" aria-labelledby="site-checks-title" className="mb-6 space-y-2">
          <div className="flex items-baseline justify-between gap-2">
            <h2 id="site-checks-title" className="text-base font-semibold text-slate-900">
              {t("rounds.siteChecks.title", { name: openSite.name })}
            </h2>
            <Link href={`/rounds/${round.id}`} className="text-sm text-slate-600 hover:underline">
              {t("rounds.siteChecks.hide")}
            </Link>
          </div>
          <RoundSiteChecks items={siteChecks} t={t} canCorrect={mayCorrect} />
        </section>
      )}

      {isScored && (
        <section aria-labelledby="round-criteria" className="mb-6 space-y-2">
          <h2 id="round-criteria" className="text-base font-semibold text-slate-900">
            {t("rounds.criteria.title")}
          </h2>
          <p className="text-sm text-slate-600">{t("rounds.criteria.field", { count: fieldCriteria.length })}</p>
          {desk.length > 0 && (
            <>
              <h3 className="pt-2 text-sm font-semibold text-slate-900">{t("rounds.desk.title")}</h3>
              <p className="text-sm text-slate-600">{t("rounds.desk.description")}</p>
              <ul className="space-y-2">
                {desk.map((item) => (
                  <DeskCheckItem key={item.criterion.id} roundId={round.id} item={item} isOpen={mayCorrect} />
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </>
  );
}
