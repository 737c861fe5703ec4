import { addDays, todayInShanghai } from "@/lib/domain/dates";
import type { InspectionRound } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/tx";
import { publishPeriod, publishProvince, publishRound } from "./publish-in-seed";
import type { DemoOrganisation } from "./seed-organisation";

// The demo's publications (发布), oldest round first as an office would have published them week by
// week: every closed round that scores except each city's latest week and the demo city's 模拟测评 (left
// for the office to publish in the demo, and for the two browser tests that publish one each; the running
// round is never closed), one correction of the demo city's first week, the demo city's month and the
// supervisor's ranking of the cities for last month.

type DemoUser = { user: { id: string; email: string } };

function lastMonth(today: string) {
  const end = addDays(`${today.slice(0, 8)}01`, -1);
  return { periodStart: `${end.slice(0, 8)}01`, periodEnd: end };
}

/** The city's closed rounds that score, by end date, without its latest weekly round (nor, `keepMock`, its mock assessments). */
async function roundsToPublish(tx: Tx, cityId: string, { keepMock }: { keepMock: boolean }): Promise<InspectionRound[]> {
  const rounds = await tx.inspectionRound.findMany({
    where: { cityId, status: "CLOSED", kind: { notIn: keepMock ? ["RECHECK", "MOCK"] : ["RECHECK"] } },
    orderBy: [{ periodEnd: "asc" }, { periodStart: "asc" }, { name: "asc" }],
  });
  const latestWeekly = rounds.filter((round) => round.kind === "WEEKLY").at(-1);
  return rounds.filter((round) => round !== latestWeekly);
}

/**
 * Why the demo's correction exists: one failed check of the round was first counted for the wrong
 * department (another of the same kind). Done before the round is published and undone after, so the
 * data ends right and the correction, computed afresh, differs from what it corrects.
 */
async function misattributeCheck(tx: Tx, roundId: string) {
  const row = await tx.checkDepartment.findFirst({
    where: { isPrimary: true, check: { roundId, siteId: { not: null }, findings: { some: {} } } },
    orderBy: [{ check: { checkedAt: "asc" } }, { checkId: "asc" }],
    select: {
      checkId: true,
      department: { select: { id: true, name: true, kind: true, cityId: true } },
      check: { select: { site: { select: { name: true } }, departments: { select: { departmentId: true } } } },
    },
  });
  if (!row) return null;
  const right = row.department;
  const wrong = await tx.department.findFirst({
    where: { cityId: right.cityId, kind: right.kind, deletedAt: null, id: { notIn: row.check.departments.map((entry) => entry.departmentId) } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  if (!wrong) return null;
  const moveTo = (from: string, to: string) =>
    tx.checkDepartment.update({ where: { checkId_departmentId: { checkId: row.checkId, departmentId: from } }, data: { departmentId: to } });
  await moveTo(right.id, wrong.id);
  return {
    undo: () => moveTo(wrong.id, right.id),
    reason: `复核发现：${row.check.site?.name ?? ""}点位不合格的检查结果应计入${right.name}，原通报误计入${wrong.name}，现予更正。`,
  };
}

/**
 * The office and the liaisons read the black lists' notices week by week: those of earlier publications are
 * read, those of the latest ones (`unreadOf`) are new.
 */
async function readEarlierNotices(tx: Tx, cityId: string, unreadOf: readonly string[]) {
  await tx.notification.updateMany({
    where: { cityId, dedupeKey: { startsWith: "BLACK_LIST:" }, NOT: unreadOf.map((id) => ({ dedupeKey: { startsWith: `BLACK_LIST:${id}:` } })) },
    data: { readAt: new Date() },
  });
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * When one series of the demo's publications was published: a round's at 10:00 (Shanghai) the day after
 * its period, the rest as late as possible; never in the future, each a minute after the one before, so
 * dates follow issue numbers.
 */
function publishingClock(now = new Date()) {
  let last = 0;
  return (round?: { periodEnd: Date }) => {
    const latest = now.getTime() - 5 * MINUTE;
    const natural = round ? round.periodEnd.getTime() + DAY + 2 * 60 * MINUTE : latest;
    last = Math.max(Math.min(natural, latest), last + MINUTE);
    return new Date(last);
  };
}

async function publishDemoCity(tx: Tx, cityId: string, officeId: string) {
  const rounds = await roundsToPublish(tx, cityId, { keepMock: true });
  const clock = publishingClock();
  const corrected = rounds.find((round) => round.kind === "WEEKLY")!;
  let original: { id: string } | null = null;
  let latest: { id: string } | null = null;
  let mistake: Awaited<ReturnType<typeof misattributeCheck>> = null;
  for (const round of rounds) {
    if (round !== corrected) {
      latest = await publishRound(tx, round, officeId, clock(round));
      continue;
    }
    mistake = await misattributeCheck(tx, round.id);
    original = await publishRound(tx, round, officeId, clock(round));
    await mistake?.undo();
  }
  const reason = mistake?.reason ?? "复核后重新计算本轮成绩，现予更正。";
  const correction = await publishRound(tx, corrected, officeId, clock(), { supersedesId: original!.id, reason });
  const month = await publishPeriod(tx, cityId, { kind: "MONTH", ...lastMonth(todayInShanghai()) }, officeId, clock());
  await readEarlierNotices(tx, cityId, [latest!.id, correction.id, month.id]);
  return rounds.length + 2;
}

export async function seedPublications(tx: Tx, org: DemoOrganisation, users: readonly DemoUser[]) {
  const userId = (email: string) => users.find(({ user }) => user.email === email)!.user.id;
  const counts: Record<string, number> = {};
  counts[org.jiayuguan.city.slug] = await publishDemoCity(tx, org.jiayuguan.city.id, userId("office@demo.local"));
  for (const [key, email] of [
    ["zhangye", "office.zhangye@demo.local"],
    ["jiuquan", "office.jiuquan@demo.local"],
  ] as const) {
    const rounds = await roundsToPublish(tx, org[key].city.id, { keepMock: false });
    const clock = publishingClock();
    for (const round of rounds) await publishRound(tx, round, userId(email), clock(round));
    counts[org[key].city.slug] = rounds.length;
  }
  await publishProvince(tx, org.province.id, { kind: "MONTH", ...lastMonth(todayInShanghai()) }, userId("supervisor@demo.local"), publishingClock()());
  return { ...counts, province: 1 };
}
