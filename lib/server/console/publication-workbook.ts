import type { Digest } from "@/lib/domain/publications/digest-schema";
import type { Movement } from "@/lib/domain/publications/snapshot-schema";
import type { CellValue } from "@/lib/domain/tabular-import/cell-value";
import type { WriteSheet } from "@/lib/domain/tabular-import/write-workbook";

// A publication's tables as a workbook: the department table and each list (or, for a province
// publication, the cities), every score as published (the engine's 4 places), nothing recomputed.

const STEP = { REMINDER_LETTER: "提醒函", LEADER_MEETING: "约谈", ACCOUNTABILITY: "问责" } as const;
const SHEET_NAME_MAX = 31;

function movementText(movement: Movement | null): string {
  if (movement === null) return "";
  if (movement.kind === "UP") return `↑${movement.by}`;
  if (movement.kind === "DOWN") return `↓${movement.by}`;
  return movement.kind === "NEW" ? "新上榜" : "—";
}

const score = (value: string | null): CellValue => (value === null ? null : Number(value));

/** Sheet names are unique, at most 31 characters and free of []:*?/\ (Excel's rules). */
function sheetNamer() {
  const used = new Set<string>();
  return (name: string) => {
    const base = name.replace(/[[\]:*?/\\]/g, "_").slice(0, SHEET_NAME_MAX) || "Sheet";
    let candidate = base;
    for (let n = 2; used.has(candidate); n += 1) candidate = `${base.slice(0, SHEET_NAME_MAX - String(n).length - 1)}-${n}`;
    used.add(candidate);
    return candidate;
  };
}

/** The sheets of one publication; `isVisible` leaves out the departments its reader may not see (a liaison's others). */
export function publicationSheets(snapshot: Digest, isVisible: (department: string) => boolean = () => true): WriteSheet[] {
  const nameOf = sheetNamer();
  if ("scope" in snapshot) {
    return [
      {
        kind: "table",
        name: nameOf("城市排名"),
        columns: [{ header: "名次", width: 8 }, { header: "城市", width: 16 }, { header: "城市得分" }, { header: "一票否决轮次" }, { header: "名次变化" }],
        rows: snapshot.cities.map((entry) => [entry.rank, entry.city.name, score(entry.cityScore), entry.vetoedRounds, movementText(entry.movement)]),
      },
    ];
  }
  const defaultList = snapshot.lists.find((list) => list.isDefault);
  const movementOf = new Map(defaultList?.ranking.map((entry) => [entry.department, entry.movement]) ?? []);
  const departments: WriteSheet = {
    kind: "table",
    name: nameOf("责任单位成绩"),
    columns: [
      { header: "名次", width: 8 },
      { header: "责任单位", width: 20 },
      { header: "实地督查得分" },
      { header: "整改率" },
      { header: "台账完整率" },
      { header: "综合得分" },
      { header: "逾期问题" },
      { header: "名次变化" },
    ],
    rows: snapshot.result.departments
      .filter((row) => isVisible(row.name))
      .map((row) => [
        row.rank,
        row.name,
        score(row.inspectionScore),
        score(row.rectificationRate),
        score(row.ledgerCompleteness),
        score(row.composite),
        row.overdueOpen,
        movementText(movementOf.get(row.name) ?? null),
      ]),
  };
  const lists: WriteSheet[] = snapshot.lists.map((list) => {
    const black = new Map(list.blackList.map((entry) => [entry.department, entry]));
    return {
      kind: "table",
      name: nameOf(list.name),
      columns: [
        { header: "名次", width: 8 },
        { header: "责任单位", width: 20 },
        { header: "得分" },
        { header: "红黑榜", width: 10 },
        { header: "问责等级", width: 14 },
        { header: "名次变化" },
      ],
      rows: list.ranking
        .filter((entry) => isVisible(entry.department))
        .map((entry) => {
          const onBlack = black.get(entry.department);
          const mark = list.redList.includes(entry.department) ? "红榜" : onBlack ? "黑榜" : "";
          return [
            entry.rank,
            entry.department,
            score(entry.value),
            mark,
            onBlack ? `${STEP[onBlack.step]}（第${onBlack.level}次）` : "",
            movementText(entry.movement),
          ];
        }),
    };
  });
  return [departments, ...lists];
}
