import type { Prisma } from "@/lib/generated/prisma/client";
import type { AssessmentMethod, RubricKind } from "@/lib/generated/prisma/enums";

type NamedDepartment = { id: string; name: string };

/** One criterion of the city's adopted edition as the city sees it: its departments, deadline and exclusion. */
export type CityCriterionRow = {
  id: string;
  code: string;
  name: string;
  categoryName: string;
  contentCode: string;
  contentName: string;
  points: string;
  method: AssessmentMethod;
  rubricKind: RubricKind;
  rubricParams: Record<string, unknown>;
  isVeto: boolean;
  /** A criterion the city added itself (deletable), not one of the edition's. */
  isLocal: boolean;
  /** The edition's names, as written in the manual. */
  leadDepartmentName: string | null;
  coDepartmentNames: string[];
  /** Usually one; a group such as 各街道办事处 named as lead gives several. */
  leads: NamedDepartment[];
  coDepartments: NamedDepartment[];
  /** The edition's (or the local criterion's) deadline in days. */
  defaultRectificationDays: number | null;
  /** The city's own deadline; null keeps the default. */
  rectificationDays: number | null;
  isExcluded: boolean;
  /** The localization's version; 0 while the city has not localized the criterion. */
  version: number;
};

export const cityCriterionSelect = (cityId: string) =>
  ({
    id: true,
    code: true,
    name: true,
    points: true,
    method: true,
    rubricKind: true,
    rubricParams: true,
    isVeto: true,
    cityId: true,
    leadDepartmentName: true,
    coDepartmentNames: true,
    rectificationDays: true,
    content: { select: { code: true, name: true, category: { select: { name: true } } } },
    departments: { where: { cityId }, select: { role: true, department: { select: { id: true, name: true, sortOrder: true } } } },
    settings: { where: { cityId }, select: { rectificationDays: true, isExcluded: true, version: true } },
  }) satisfies Prisma.CriterionSelect;

export type CityCriterionRecord = Prisma.CriterionGetPayload<{ select: ReturnType<typeof cityCriterionSelect> }>;

export function toCityCriterionRow(record: CityCriterionRecord): CityCriterionRow {
  const byOrder = [...record.departments].sort(
    (a, b) => a.department.sortOrder - b.department.sortOrder || a.department.name.localeCompare(b.department.name, "zh-CN"),
  );
  const named = (role: "LEAD" | "CO") => byOrder.filter((row) => row.role === role).map(({ department }) => ({ id: department.id, name: department.name }));
  const setting = record.settings[0];
  return {
    id: record.id,
    code: record.code,
    name: record.name,
    categoryName: record.content.category.name,
    contentCode: record.content.code,
    contentName: record.content.name,
    points: record.points.toString(),
    method: record.method,
    rubricKind: record.rubricKind,
    rubricParams: (record.rubricParams ?? {}) as Record<string, unknown>,
    isVeto: record.isVeto,
    isLocal: record.cityId !== null,
    leadDepartmentName: record.leadDepartmentName,
    coDepartmentNames: record.coDepartmentNames,
    leads: named("LEAD"),
    coDepartments: named("CO"),
    defaultRectificationDays: record.rectificationDays,
    rectificationDays: setting?.rectificationDays ?? null,
    isExcluded: setting?.isExcluded ?? false,
    version: setting?.version ?? 0,
  };
}
