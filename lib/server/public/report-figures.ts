import type { PublicReportFigures } from "./public-dto";

type Counts = { received: number; accepted: number; rectified: number; satisfied: number; dissatisfied: number };

/** The citizen-report figures as shown: counts kept per city, satisfaction as a percentage of ratings. */
export function reportFigures(counts: Counts | null): PublicReportFigures {
  const { received = 0, accepted = 0, rectified = 0, satisfied = 0, dissatisfied = 0 } = counts ?? {};
  const rated = satisfied + dissatisfied;
  // integer arithmetic: tenths of a percent, rounded half up
  const satisfactionRate = rated === 0 ? null : (Math.floor((satisfied * 2000 + rated) / (2 * rated)) / 10).toFixed(1);
  return { received, accepted, rectified, satisfied, dissatisfied, satisfactionRate };
}
