import type { RubricInput, RubricKind } from "@/lib/domain/scoring/rubrics";

/** A criterion as stored: its rubric kind and the parameters kept as JSON. */
export type StoredRubric = { rubricKind: RubricKind; rubricParams: unknown };

/**
 * The rubric in the calculator's words (`perFinding`, `cap`, `grades`, `target`, `direction`); a
 * parameter that is not set is left out, never null, so the checklist and the calculator agree.
 */
export function rubricOf({ rubricKind, rubricParams }: StoredRubric): RubricInput {
  const params = (rubricParams && typeof rubricParams === "object" ? rubricParams : {}) as Record<string, unknown>;
  const present = (key: string) => (params[key] === undefined || params[key] === null ? {} : { [key]: params[key] });
  switch (rubricKind) {
    case "DEDUCT":
      return { kind: "DEDUCT", ...present("perFinding"), ...present("cap") } as RubricInput;
    case "GRADED":
      return { kind: "GRADED", ...present("grades") } as RubricInput;
    case "THRESHOLD":
      return { kind: "THRESHOLD", ...present("target"), ...present("direction") } as RubricInput;
    default:
      return { kind: rubricKind };
  }
}

/** Whether a FIELD criterion is inspected at sites of this type (a field criterion names its types). */
export function appliesToSiteType(criterion: { siteTypeNames: readonly string[] }, siteTypeName: string): boolean {
  return criterion.siteTypeNames.includes(siteTypeName);
}
