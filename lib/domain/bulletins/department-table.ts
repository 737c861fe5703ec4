import type { PublishedList } from "@/lib/domain/publications/snapshot-schema";
import type { BulletinTable } from "./bulletin-model";
import { displayMovement, displayRank, displayScore } from "./bulletin-text";

type DepartmentFigures = {
  name: string;
  rank: number | null;
  inspectionScore: string | null;
  rectificationRate: string | null;
  ledgerCompleteness: string | null;
  composite: string | null;
  /** Period publications: how many rounds list a composite for it. */
  rounds?: number;
};

/** The department results in the snapshot's order, figures at 2 places from its strings; movement from the default list. */
export function departmentTable(departments: readonly DepartmentFigures[], lists: readonly PublishedList[], withRounds = false): BulletinTable {
  const defaultList = lists.find((list) => list.isDefault);
  const movementOf = (name: string) => displayMovement(defaultList?.ranking.find((entry) => entry.department === name)?.movement ?? null);
  const columns = [
    { title: "排名", width: 7, align: "center" as const },
    { title: "单位", width: withRounds ? 23 : 27 },
    { title: "实地测评", width: 13, align: "center" as const },
    { title: "问题整改率", width: 13, align: "center" as const },
    { title: "台账完成率", width: 13, align: "center" as const },
    { title: "综合得分", width: 13, align: "center" as const },
    ...(withRounds ? [{ title: "测评轮次", width: 8, align: "center" as const }] : []),
    { title: "变化", width: withRounds ? 10 : 14, align: "center" as const },
  ];
  const rows = departments.map((department) => [
    displayRank(department.rank),
    department.name,
    displayScore(department.inspectionScore),
    displayScore(department.rectificationRate),
    displayScore(department.ledgerCompleteness),
    displayScore(department.composite),
    ...(withRounds ? [String(department.rounds ?? 0)] : []),
    movementOf(department.name),
  ]);
  return { columns, rows };
}
