import { z } from "zod";
import type { ApiRouteDoc } from "./types";

export const consoleRoutes: ApiRouteDoc[] = [
  {
    method: "get",
    path: "/api/v1/publications/{id}/export.xlsx",
    summary:
      "导出发布的成绩表 (the publication's tables as a workbook: 责任单位成绩 — rank, department, inspection, rectification, ledger, " +
      "composite, overdue findings, movement — and one sheet per red/black list with red/black marks and escalation; a province " +
      "publication: 城市排名). Scores as published (4 places). Scoped like reading the publication; a liaison gets its own department's rows.",
    tags: ["publications"],
    query: z.object({}),
    fileType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  },
];
