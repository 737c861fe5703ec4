import type { RoundDigest } from "@/lib/domain/publications/digest-schema";
import type { Movement, PeriodSnapshot } from "@/lib/domain/publications/snapshot-schema";

type Published = RoundDigest | PeriodSnapshot;
import { showScore } from "./figures";

/** One row of a publication's department table, as published (scores shown at 2 places). */
export type DepartmentRow = {
  name: string;
  kind: "BUREAU" | "STREET_OFFICE" | null;
  rank: number | null;
  inspectionScore: string | null;
  rectificationRate: string | null;
  ledgerCompleteness: string | null;
  composite: string | null;
  overdueOpen: number;
  /** Against the previous publication, on the default list. */
  movement: Movement | null;
};

/** The department table of a round or period publication in list order, with each one's movement on the default list. */
export function departmentRowsOf(snapshot: Published): DepartmentRow[] {
  const defaultList = snapshot.lists.find((list) => list.isDefault);
  const movementOf = new Map(defaultList?.ranking.map((entry) => [entry.department, entry.movement]) ?? []);
  const kindOf = new Map<string, "BUREAU" | "STREET_OFFICE">(
    snapshot.kind === "ROUND"
      ? snapshot.departments.map((department) => [department.name, department.kind])
      : snapshot.result.departments.map((d) => [d.name, d.kind]),
  );
  return snapshot.result.departments.map((department) => ({
    name: department.name,
    kind: kindOf.get(department.name) ?? null,
    rank: department.rank,
    inspectionScore: showScore(department.inspectionScore),
    rectificationRate: showScore(department.rectificationRate),
    ledgerCompleteness: showScore(department.ledgerCompleteness),
    composite: showScore(department.composite),
    overdueOpen: department.overdueOpen,
    movement: movementOf.get(department.name) ?? null,
  }));
}
