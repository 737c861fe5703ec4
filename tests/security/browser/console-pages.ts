import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";

/** Every console page's route pattern, read from app/(console)/**\/page.tsx (route groups dropped). */
export function consoleRoutePatterns(): string[] {
  const root = path.resolve("app/(console)");
  return (fs.readdirSync(root, { recursive: true }) as string[])
    .filter((file) => path.basename(file) === "page.tsx")
    .map(
      (file) =>
        "/" +
        path
          .dirname(file)
          .split(path.sep)
          .filter((segment) => segment !== "." && !/^\(.*\)$/.test(segment))
          .join("/"),
    )
    .sort();
}

type Ids = Record<string, string>;

async function firstId(request: APIRequestContext, url: string, pick: (item: Record<string, unknown>) => boolean = () => true): Promise<string> {
  const response = await request.get(url);
  if (!response.ok()) throw new Error(`${url}: ${response.status()}`);
  const item = ((await response.json()).items as Record<string, unknown>[]).find(pick);
  if (!item) throw new Error(`${url}: no item to visit`);
  return String(item.id);
}

/**
 * Real ids from the demo, as the signed-in user sees them, for each dynamic page (or the whole path
 * when it has other parameters). A new dynamic page this table does not know fails the walk until it
 * is added here.
 */
export async function demoIds(request: APIRequestContext): Promise<Ids> {
  const departmentId = await firstId(request, "/api/v1/departments?pageSize=500", (d) => d.name === "市城管局").catch(() =>
    firstId(request, "/api/v1/departments"),
  );
  const publicationId = await firstId(request, "/api/v1/publications?kind=ROUND");
  return {
    "/departments/[id]": departmentId,
    "/departments/[id]/criteria": departmentId,
    "/editions/[id]": await firstId(request, "/api/v1/editions"),
    "/editions/[id]/mapping": await firstId(request, "/api/v1/editions"),
    "/tasks/[id]": await firstId(request, "/api/v1/tasks"),
    "/tasks/[id]/edit": await firstId(request, "/api/v1/tasks"),
    "/users/[id]": await firstId(request, "/api/v1/users"),
    "/sites/[id]": await firstId(request, "/api/v1/sites"),
    "/rounds/[id]": await firstId(request, "/api/v1/rounds"),
    "/findings/[id]": await firstId(request, "/api/v1/findings"),
    "/citizen-reports/[id]": await firstId(request, "/api/v1/citizen-reports"),
    "/admin/cities/[id]": await firstId(request, "/api/v1/cities"),
    "/publications/[id]": publicationId,
    "/publications/[id]/departments/[name]": `/publications/${publicationId}/departments/${encodeURIComponent("市城管局")}`,
    "/province/cities/[slug]": "/province/cities/jiayuguan",
  };
}

export function concretePath(pattern: string, ids: Ids, criterionId: string | undefined): string {
  if (pattern === "/criteria/[id]/trend") {
    if (!criterionId) throw new Error("no criterion id found for the trend page");
    return `/criteria/${criterionId}/trend`;
  }
  if (!pattern.includes("[")) return pattern;
  const id = ids[pattern];
  if (!id) throw new Error(`the CSP walk does not know how to fill ${pattern}: add it to demoIds()`);
  // A page with other parameters than [id] is given whole.
  return id.startsWith("/") ? id : pattern.replace("[id]", id);
}
