import type { Translate } from "@/lib/i18n/translate";
import type { CityCockpitData } from "@/lib/server/dashboard/get-city-cockpit";
import { CountTile } from "./count-tile";
import { EscalationsTile } from "./escalations-tile";
import { FindingDeadlinesTile } from "./finding-deadlines-tile";
import { RectificationFunnelTile } from "./rectification-funnel-tile";
import { RoundScoreTile } from "./round-score-tile";

/** The office's 工作台: what needs steering today, each tile opening the list behind it. */
export function CityCockpit({ data, t }: { data: CityCockpitData; t: Translate }) {
  return (
    <div aria-label={t("cockpit.label")} role="region" className="grid gap-4 lg:grid-cols-3 print:block print:space-y-4">
      <RoundScoreTile data={data.roundScore} t={t} />
      <FindingDeadlinesTile data={data.deadlines} t={t} />
      <div className="grid gap-4">
        <CountTile
          id="cockpit-ledger"
          title={t("cockpit.ledger.title")}
          value={data.ledgerReview.entries}
          unit={t("cockpit.ledger.unit")}
          detail={t("cockpit.ledger.detail", { tasks: data.ledgerReview.tasks })}
          href="/tasks?pendingReview=1"
          linkLabel={t("cockpit.ledger.link")}
        />
        <CountTile
          id="cockpit-unsigned"
          title={t("cockpit.unsigned.title")}
          value={data.unsignedTasks}
          unit={t("cockpit.unsigned.unit")}
          href="/tasks?dispatchStatus=DISPATCHED"
          linkLabel={t("cockpit.unsigned.link")}
        />
      </div>
      <EscalationsTile data={data.escalations} t={t} />
      <RectificationFunnelTile data={data.funnel} t={t} />
    </div>
  );
}
