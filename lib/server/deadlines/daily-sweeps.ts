import { reportContactErasureSweep } from "@/lib/server/citizen-reports/erase-report-contacts";
import { findingDeadlineSweep } from "@/lib/server/findings/sweep-finding-deadlines";
import { taskDeadlineSweep } from "@/lib/server/notifications/sweep-deadline-notifications";
import type { DailySweep } from "./daily-sweep";

// What the daily runner does for each city, in order. Each area adds its own sweep here
// (findings: due in 3 days, overdue; citizen reports: contacts erased 180 days after closing).
export const DAILY_SWEEPS: readonly DailySweep[] = [taskDeadlineSweep, findingDeadlineSweep, reportContactErasureSweep];
