import { findingDeadlineSweep } from "@/lib/server/findings/sweep-finding-deadlines";
import { taskDeadlineSweep } from "@/lib/server/notifications/sweep-deadline-notifications";
import type { DailySweep } from "./daily-sweep";

// What the daily runner does for each city, in order. Each area adds its own sweep here
// (findings: due in 3 days, overdue).
export const DAILY_SWEEPS: readonly DailySweep[] = [taskDeadlineSweep, findingDeadlineSweep];
