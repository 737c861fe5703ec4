import { formatBusinessDate, todayInShanghai } from "@/lib/domain/dates";
import { findingDispatchedNotice, findingReturnedNotice } from "@/lib/server/findings/finding-notices";
import { notifyDepartmentsInBulk } from "@/lib/server/notifications/notify";
import { storeRoundScore } from "@/lib/server/scoring/store-round-score";
import type { Tx } from "@/lib/server/tx";
import { demoRoundCalendar, otherCityRoundCalendar } from "./data/round-calendar";
import { seededRandom } from "./data/task-fates";
import type { SampleFile } from "./evidence-images";
import { emptyRows, planRound, type SeedRows } from "./plan-round-records";
import { planRecheck } from "./plan-recheck";
import { loadRoundSeedContext } from "./round-seed-context";
import type { DemoOrganisation } from "./seed-organisation";

// The demo's inspection rounds: for the demo city a dozen past rounds and the running week's,
// for the other two cities a few closed ones (over the sites seed-sites gives them). Rows are planned in memory, written in batches,
// and every closed scoring round gets its RoundScore from the engine (never a written number).

type DemoUser = { user: { id: string; email: string } };

const BATCH = 500;

async function inBatches<T>(rows: readonly T[], write: (batch: T[]) => Promise<unknown>) {
  for (let at = 0; at < rows.length; at += BATCH) await write(rows.slice(at, at + BATCH));
}

async function writeRows(tx: Tx, rows: SeedRows) {
  await inBatches(rows.rounds, (data) => tx.inspectionRound.createMany({ data }));
  await inBatches(rows.roundSites, (data) => tx.roundSite.createMany({ data }));
  await inBatches(rows.roundCriteria, (data) => tx.roundCriterion.createMany({ data }));
  await inBatches(rows.checks, (data) => tx.check.createMany({ data }));
  await inBatches(rows.checkDepartments, (data) => tx.checkDepartment.createMany({ data }));
  await inBatches(rows.findings, (data) => tx.finding.createMany({ data }));
  await inBatches(rows.events, (data) => tx.rectificationEvent.createMany({ data }));
  await inBatches(rows.evidence, (data) => tx.evidenceFile.createMany({ data }));
  await inBatches(rows.recheckItems, (data) => tx.recheckItem.createMany({ data }));
}

// The demo city gives exposed rubbish (暴露垃圾) three days instead of the city's seven.
const SHORT_WINDOW = { code: "C06-01-1", days: 3 };

async function seedRectificationWindow(tx: Tx, cityId: string, editionId: string) {
  const criterion = await tx.criterion.findFirst({ where: { editionId, code: SHORT_WINDOW.code, cityId: null }, select: { id: true } });
  if (!criterion) return;
  await tx.cityCriterionSetting.upsert({
    where: { cityId_criterionId: { cityId, criterionId: criterion.id } },
    create: { cityId, criterionId: criterion.id, rectificationDays: SHORT_WINDOW.days },
    update: { rectificationDays: SHORT_WINDOW.days },
  });
}

/** The liaisons hear of the findings still with their department: when each was dispatched, and the last return. */
async function notifyLiaisons(tx: Tx, rows: SeedRows) {
  const findings = new Map(rows.findings.map((finding) => [finding.id as string, finding]));
  const notices = rows.events.flatMap((event) => {
    const finding = findings.get(event.findingId as string)!;
    if (finding.status === "VERIFIED" || !(event.kind === "DISPATCHED" || (event.kind === "RETURNED" && finding.status === "RETURNED"))) return [];
    const notice = { id: finding.id as string, cityId: finding.cityId, description: finding.description, dueDate: formatBusinessDate(finding.dueDate as Date) };
    const at = event.createdAt as Date;
    const draft = event.kind === "DISPATCHED" ? findingDispatchedNotice(notice, at) : findingReturnedNotice(notice, event.note ?? "", at);
    return [{ departmentIds: [finding.departmentId], draft }];
  });
  return notifyDepartmentsInBulk(tx, notices);
}

/** Stores the engine's result for every closed round that scores (a re-check round scores nothing). */
async function storeScores(tx: Tx, rows: SeedRows) {
  const scored = rows.rounds.filter((round) => round.status === "CLOSED" && round.kind !== "RECHECK");
  const rounds = await tx.inspectionRound.findMany({ where: { id: { in: scored.map((round) => round.id as string) } }, orderBy: { periodEnd: "asc" } });
  for (const round of rounds) await storeRoundScore(tx, round);
  return rounds.length;
}

function summary(rows: SeedRows) {
  return { rounds: rows.rounds.length, checks: rows.checks.length, findings: rows.findings.length };
}

export async function seedRounds(tx: Tx, org: DemoOrganisation, context: { editionId: string; users: readonly DemoUser[]; photos: readonly SampleFile[] }) {
  const userId = (email: string) => context.users.find(({ user }) => user.email === email)!.user.id;
  const today = todayInShanghai();
  const now = new Date();
  const random = seededRandom(8008);
  const liaisonDepartment = org.jiayuguan.departments.find((d) => d.name === "市城管局")!;

  await seedRectificationWindow(tx, org.jiayuguan.city.id, context.editionId);
  const demo = await loadRoundSeedContext(tx, {
    cityId: org.jiayuguan.city.id,
    editionId: context.editionId,
    today,
    now,
    random,
    officeUserId: userId("office@demo.local"),
    inspectorUserId: userId("inspector@demo.local"),
    liaison: { userId: userId("liaison@demo.local"), departmentId: liaisonDepartment.id },
    photos: context.photos,
  });
  const rows = emptyRows();
  for (const plan of demoRoundCalendar(today)) {
    if (plan.kind === "RECHECK") planRecheck(demo, plan, rows);
    else planRound(demo, plan, rows, { assignInspector: plan.kind === "WEEKLY", checkedShare: plan.status === "CLOSED" ? 1 : 0.7 });
  }

  for (const [key, email] of [
    ["zhangye", "office.zhangye@demo.local"],
    ["jiuquan", "office.jiuquan@demo.local"],
  ] as const) {
    const cityId = org[key].city.id;
    const office = userId(email);
    const city = await loadRoundSeedContext(tx, {
      cityId,
      editionId: context.editionId,
      today,
      now,
      random,
      officeUserId: office,
      inspectorUserId: office,
      liaison: null,
      photos: context.photos,
    });
    const perType = Object.fromEntries([...new Set(city.sites.map((site) => site.typeName))].map((type) => [type, 3]));
    for (const plan of otherCityRoundCalendar(today, perType)) planRound(city, plan, rows, { assignInspector: false, checkedShare: 1 });
  }

  await writeRows(tx, rows);
  const notifications = await notifyLiaisons(tx, rows);
  const scored = await storeScores(tx, rows);
  return { ...summary(rows), scoredRounds: scored, notifications };
}
