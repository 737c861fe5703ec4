import { randomUUID } from "node:crypto";
import { parseBusinessDate } from "@/lib/domain/dates";
import { nextStatus } from "@/lib/domain/findings/finding-transitions";
import { drawFindings } from "@/lib/domain/rounds/draw-sample";
import type { RoundPlan } from "./data/round-calendar";
import { between } from "./data/task-fates";
import { instantOn, type SeedRows } from "./plan-round-records";
import type { RoundSeedContext } from "./round-seed-context";

const RECHECK_SIZE = 8;
const FALSE_RECTIFICATION_NOTE = "回头看复查发现问题反弹，原整改不实，认定为虚假整改。";

/**
 * The 回头看 round: it samples findings verified before it began (at sites) and re-checks each at
 * its site. The first is found not really fixed: reopened as a false rectification, its
 * verification cleared, back with its department. It scores nothing.
 */
export function planRecheck(context: RoundSeedContext, plan: RoundPlan, rows: SeedRows) {
  const { random, now } = context;
  const start = parseBusinessDate(plan.periodStart);
  const verified = rows.findings.filter((f) => f.status === "VERIFIED" && f.siteId && f.verifiedOn && (f.verifiedOn as Date) < start);
  const seed = `${plan.periodStart}-${plan.key}`;
  const byId = new Map(verified.map((finding) => [finding.id as string, finding]));
  const items = drawFindings(seed, RECHECK_SIZE, [...byId.keys()]).map((id) => byId.get(id)!);
  if (items.length === 0) return null;
  const roundId = randomUUID();
  rows.rounds.push({
    id: roundId,
    cityId: context.cityId,
    editionId: context.editionId,
    name: plan.name,
    kind: "RECHECK",
    periodStart: start,
    periodEnd: parseBusinessDate(plan.periodEnd),
    status: "CLOSED",
    sampleSeed: seed,
    sampleSpec: { count: RECHECK_SIZE },
    startedAt: instantOn(plan.periodStart, 30, now),
    closedAt: instantOn(plan.periodEnd, 600, now),
    createdById: context.officeUserId,
    createdAt: instantOn(plan.periodStart, 0, now),
  });
  for (const siteId of new Set(items.map((f) => f.siteId as string))) rows.roundSites.push({ roundId, siteId, inspectorId: context.inspectorUserId });
  items.forEach((finding, index) => {
    const checkedAt = instantOn(plan.periodStart, between(random, 60, 4 * 24 * 60), now);
    const notFixed = index === 0;
    rows.recheckItems.push({
      roundId,
      findingId: finding.id as string,
      result: notFixed ? "NOT_FIXED" : "CONFIRMED",
      note: notFixed ? "原问题再次出现，整改未落实。" : "复查整改到位。",
      checkedById: context.inspectorUserId,
      checkedAt,
    });
    if (!notFixed) return;
    Object.assign(finding, { status: nextStatus("VERIFIED", "REOPEN"), falseRectification: true, verifiedOn: null, verifiedAt: null });
    rows.events.push({
      id: randomUUID(),
      cityId: context.cityId,
      findingId: finding.id as string,
      kind: "REOPENED",
      note: FALSE_RECTIFICATION_NOTE,
      actorId: context.officeUserId,
      createdAt: new Date(checkedAt.getTime() + 600_000),
    });
  });
  return { roundId };
}
