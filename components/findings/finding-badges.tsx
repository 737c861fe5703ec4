import { Badge } from "@/components/ui/badge";
import type { FindingStatus } from "@/lib/domain/findings/finding-transitions";
import type { Translate } from "@/lib/i18n/translate";

const TONE: Record<FindingStatus, "neutral" | "green" | "red" | "amber" | "blue"> = {
  OPEN: "neutral",
  DISPATCHED: "blue",
  SUBMITTED: "amber",
  RETURNED: "red",
  VERIFIED: "green",
  WITHDRAWN: "neutral",
};

/** The status, plus 已逾期 and 虚假整改 when they hold. */
export function FindingBadges({ finding, t }: { finding: { status: FindingStatus; overdue: boolean; falseRectification: boolean }; t: Translate }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      <Badge tone={TONE[finding.status]}>{t(`findings.status.${finding.status}`)}</Badge>
      {finding.overdue && <Badge tone="red">{t("findings.badge.overdue")}</Badge>}
      {finding.falseRectification && <Badge tone="red">{t("findings.badge.falseRectification")}</Badge>}
    </span>
  );
}
