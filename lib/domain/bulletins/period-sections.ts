import type { PeriodSnapshot, ProvinceSnapshot } from "@/lib/domain/publications/snapshot-schema";
import type { BulletinSection, BulletinVariant } from "./bulletin-model";
import { PERIOD_KIND_TEXT, chineseDate, displayMovement, displayRank, displayScore, joinNames } from "./bulletin-text";
import { departmentTable } from "./department-table";
import { listBlocks, type DepartmentLeaders } from "./list-blocks";
import { cityRequirements, provinceRequirements } from "./requirements";

const periodText = (kind: keyof typeof PERIOD_KIND_TEXT, period: { start: string; end: string }) =>
  `${chineseDate(period.start)}至${chineseDate(period.end)}（${PERIOD_KIND_TEXT[kind]}）`;

/** A month/quarter/year/cycle bulletin: the period, the rounds averaged, the department table and lists. */
export function periodSections(snapshot: PeriodSnapshot, context: { variant: BulletinVariant; leaders: DepartmentLeaders }): BulletinSection[] {
  const { result, rounds } = snapshot;
  const roundNames = rounds.length ? `汇总${rounds.length}轮督查（${joinNames(rounds.map((round) => round.roundName))}）` : "本期无已发布的督查结果";
  const score =
    result.cityScore === null
      ? "本期无测评得分"
      : `全市平均得分${displayScore(result.cityScore)}分${result.vetoedRounds ? `，其中${result.vetoedRounds}轮被一票否决` : ""}`;
  const overview = `本期通报${snapshot.city.name}${periodText(snapshot.kind, snapshot.period)}测评结果，${roundNames}。${score}。`;
  const sections: BulletinSection[] = [
    { heading: "总体情况", blocks: [{ kind: "paragraph", text: overview }] },
    { heading: "各单位测评结果", blocks: [{ kind: "table", table: departmentTable(result.departments, snapshot.lists, true) }] },
  ];
  if (snapshot.lists.length) sections.push({ heading: "红黑榜", blocks: listBlocks(snapshot.lists, context.variant, context.leaders) });
  sections.push({ heading: "整改要求", blocks: cityRequirements(snapshot.lists) });
  return sections;
}

/** A province bulletin: the cities ranked by their published scores. */
export function provinceSections(snapshot: ProvinceSnapshot): BulletinSection[] {
  const overview = `本期通报${snapshot.province.name}各城市${periodText(snapshot.kind, snapshot.period)}创建工作测评结果，共${snapshot.cities.length}个城市参与排名。`;
  const table = {
    columns: [
      { title: "排名", width: 10, align: "center" as const },
      { title: "城市", width: 36 },
      { title: "得分", width: 18, align: "center" as const },
      { title: "一票否决轮次", width: 18, align: "center" as const },
      { title: "变化", width: 18, align: "center" as const },
    ],
    rows: snapshot.cities.map((entry) => [
      displayRank(entry.rank),
      entry.city.name,
      displayScore(entry.cityScore),
      String(entry.vetoedRounds),
      displayMovement(entry.movement),
    ]),
  };
  return [
    { heading: "总体情况", blocks: [{ kind: "paragraph", text: overview }] },
    { heading: "各城市排名", blocks: [{ kind: "table", table }] },
    { heading: "工作要求", blocks: provinceRequirements() },
  ];
}
