import type { RoundSnapshot } from "@/lib/domain/publications/snapshot-schema";
import type { BulletinFinding, BulletinSection, BulletinVariant } from "./bulletin-model";
import { ROUND_KIND_TEXT, chineseDate, displayScore } from "./bulletin-text";
import { departmentTable } from "./department-table";
import { listBlocks, type DepartmentLeaders } from "./list-blocks";
import { cityRequirements } from "./requirements";

type Context = { variant: BulletinVariant; leaders: DepartmentLeaders; findings: readonly BulletinFinding[] };

function overview(snapshot: RoundSnapshot): string {
  const { round, result, rectification } = snapshot;
  const kind = ROUND_KIND_TEXT[round.kind] ?? round.kind;
  const assessed = result.criteria.filter((criterion) => criterion.assessed).length;
  const score =
    result.cityScore === null
      ? "本轮无测评得分"
      : `全市综合得分${displayScore(result.cityScore)}分${result.vetoed ? "，因一票否决项不得分，本轮被一票否决" : ""}`;
  return (
    `${chineseDate(round.periodStart)}至${chineseDate(round.periodEnd)}，${snapshot.city.name}开展了${round.name}（${kind}），` +
    `共测评指标${assessed}项，完成核查${snapshot.input.checks.length}次。${score}。` +
    `本期应整改问题${rectification.due}个，按期整改${rectification.rectifiedOnTime}个，逾期未整改${rectification.overdue}个。`
  );
}

/** The sections of a round's bulletin: overview, department results, lists, worst findings, requirements. */
export function roundSections(snapshot: RoundSnapshot, context: Context): BulletinSection[] {
  const sections: BulletinSection[] = [
    { heading: "总体情况", blocks: [{ kind: "paragraph", text: overview(snapshot) }] },
    { heading: "各单位测评结果", blocks: [{ kind: "table", table: departmentTable(snapshot.result.departments, snapshot.lists) }] },
  ];
  if (snapshot.lists.length) sections.push({ heading: "红黑榜", blocks: listBlocks(snapshot.lists, context.variant, context.leaders) });
  if (context.findings.length) {
    sections.push({
      heading: "突出问题",
      blocks: [
        { kind: "paragraph", text: `本轮督查失分较多的${context.findings.length}个问题如下，请相关单位立即整改。` },
        { kind: "findings", findings: [...context.findings] },
      ],
    });
  }
  sections.push({ heading: "整改要求", blocks: cityRequirements(snapshot.lists) });
  return sections;
}
