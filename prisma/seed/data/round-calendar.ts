import { addDays } from "@/lib/domain/dates";
import { mondayOf } from "@/lib/domain/rounds/monday-of";

// The demo's inspection rounds, dated back from today (Asia/Shanghai) so the demo never ages:
// the running week's round, nine closed weekly rounds before it, last month's monthly round, a
// mock assessment six weeks ago and last week's 回头看 (re-check) round.

export type RoundKindName = "WEEKLY" | "MONTHLY" | "MOCK" | "RECHECK";
export type RoundPlan = {
  key: string;
  name: string;
  kind: RoundKindName;
  periodStart: string;
  periodEnd: string;
  status: "IN_PROGRESS" | "CLOSED";
  /** Sites drawn per type (a share of each type for monthly and mock rounds); none for a re-check. */
  perType: Record<string, number>;
  /** Desk (non-field) criteria the round also assesses, by code. */
  deskCriteria: string[];
};

const md = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

const WEEKLY_DRAW: Record<string, number> = {
  主次干道: 5,
  背街小巷: 7,
  主要交通路口: 4,
  商业大街: 2,
  集贸市场: 4,
  公共广场: 2,
  医院: 2,
  中小学校: 3,
  小区: 6,
  建筑工地: 2,
  公交站点: 3,
  政务大厅: 1,
  新时代文明实践中心: 1,
  城乡接合部: 2,
  商场超市: 2,
  银行网点: 1,
};

const scaled = (factor: number) => Object.fromEntries(Object.entries(WEEKLY_DRAW).map(([type, n]) => [type, n * factor]));

export function demoRoundCalendar(today: string): RoundPlan[] {
  const monday = mondayOf(today);
  const weekly = (weeksBack: number): RoundPlan => {
    const start = addDays(monday, -7 * weeksBack);
    const end = addDays(start, 6);
    return {
      key: `weekly-${weeksBack}`,
      name: `周督查（${md(start)}—${md(end)}）`,
      kind: "WEEKLY",
      periodStart: start,
      periodEnd: end,
      status: weeksBack === 0 ? "IN_PROGRESS" : "CLOSED",
      perType: WEEKLY_DRAW,
      deskCriteria: [],
    };
  };
  const firstOfMonth = `${today.slice(0, 8)}01`;
  const lastMonthEnd = addDays(firstOfMonth, -1);
  const lastMonthStart = `${lastMonthEnd.slice(0, 8)}01`;
  const mockStart = addDays(monday, -42);
  const recheckStart = addDays(monday, -7);
  return [
    ...[9, 8, 7, 6, 5, 4, 3, 2, 1].map(weekly),
    {
      key: "monthly",
      name: `${Number(lastMonthStart.slice(0, 4))}年${Number(lastMonthStart.slice(5, 7))}月月度督查`,
      kind: "MONTHLY",
      periodStart: lastMonthStart,
      periodEnd: lastMonthEnd,
      status: "CLOSED",
      perType: scaled(3),
      deskCriteria: ["C01-01-1", "C01-01-2", "C03-01-1", "C12-01-1"],
    },
    {
      key: "mock",
      name: `模拟测评（${md(mockStart)}—${md(addDays(mockStart, 4))}）`,
      kind: "MOCK",
      periodStart: mockStart,
      periodEnd: addDays(mockStart, 4),
      status: "CLOSED",
      perType: scaled(4),
      deskCriteria: ["C01-01-1", "C01-01-2", "C01-02-1", "C01-02-2", "C03-01-1", "C03-02-1", "C05-01-3", "C11-01-1", "C11-01-2", "C12-01-1"],
    },
    {
      key: "recheck",
      name: `回头看复查（${md(recheckStart)}—${md(addDays(recheckStart, 6))}）`,
      kind: "RECHECK",
      periodStart: recheckStart,
      periodEnd: addDays(recheckStart, 6),
      status: "CLOSED",
      perType: {},
      deskCriteria: [],
    },
    weekly(0),
  ];
}

/**
 * A few closed rounds for each of the other two cities: the last three weeks' and last month's (the seed
 * publishes all but the latest week's, which stays for the office to publish).
 */
export function otherCityRoundCalendar(today: string, perType: Record<string, number>): RoundPlan[] {
  const monday = mondayOf(today);
  return demoRoundCalendar(today)
    .filter((plan) => ["weekly-3", "weekly-2", "weekly-1", "monthly"].includes(plan.key))
    .map((plan) => ({
      ...plan,
      perType,
      deskCriteria: [],
      status: "CLOSED" as const,
      periodEnd: plan.periodEnd < monday ? plan.periodEnd : addDays(monday, -1),
    }));
}
