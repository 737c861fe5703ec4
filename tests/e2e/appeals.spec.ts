import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { storageStatePath, type AccountKey } from "./accounts";

// Issue 9, the appeal window (申诉期): the office turns it on in 城市设置; a round closes; the liaison of 市城管局
// reads its department's draft result and files an appeal with a reason; publishing the round is refused while
// the appeal waits; the office answers it on the round's page and publishes. The round is made here through the
// API (named e2e…, which the publish-flow test leaves alone; dated on New Year's Day, so the demo city's latest
// ranking by period stays a weekly round's for the supervisor test, while its publication, the newest for the
// public page, holds this year's plan progress), and the city's window is set back afterwards.

const RUN = Date.now().toString(36);
const ROUND = `e2e申诉-${RUN}`;
const DEPARTMENT = "市城管局";
const REASON = `第3号点位检查时正在施工，已有围挡和公示（${RUN}）`;
const ANSWER = `经核实，施工围挡符合要求，维持原结果并予以说明（${RUN}）`;

type Rubric = { kind: string; grades?: Record<string, number> };
type ChecklistItem = { criterion: { id: string; rubric: Rubric } };
type Settings = { appealDays: number; version: number };

async function as(browser: Browser, account: AccountKey): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStatePath(account) });
  return context.newPage();
}

async function json<T>(response: Awaited<ReturnType<APIRequestContext["get"]>>, status = 200): Promise<T> {
  expect(response.status(), await response.text()).toBe(status);
  return (await response.json()) as T;
}

/** The first day of this year in Shanghai, as YYYY-MM-DD. */
function newYearsDay(): string {
  const year = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric" }).format(new Date());
  return `${year}-01-01`;
}

/** An outcome that keeps every point under the rubric, or null when this rubric has no simple one. */
function passingOutcome(rubric: Rubric) {
  switch (rubric.kind) {
    case "DEDUCT":
      return { findings: 0 };
    case "PASS_FAIL":
    case "PROPORTION":
      return { pass: true };
    case "GRADED": {
      const best = Object.entries(rubric.grades ?? {}).sort(([, a], [, b]) => b - a)[0];
      return best ? { grade: best[0] } : null;
    }
    default:
      return null;
  }
}

/** As the office and the inspector: a round over a few of 市城管局's sites with a passing check on each where it has a simple outcome, closed. */
async function closedRoundOfDepartment(office: APIRequestContext, inspector: APIRequestContext): Promise<string> {
  const departments = await json<{ items: { id: string; name: string }[] }>(await office.get(`/api/v1/departments?q=${encodeURIComponent(DEPARTMENT)}`));
  const department = departments.items.find((item) => item.name === DEPARTMENT);
  expect(department, `${DEPARTMENT} in the demo city`).toBeTruthy();
  const sites = await json<{ items: { id: string; active: boolean }[] }>(await office.get(`/api/v1/sites?department=${department!.id}&pageSize=3`));
  const siteIds = sites.items.filter((site) => site.active).map((site) => site.id);
  expect(siteIds.length).toBeGreaterThan(0);
  const day = newYearsDay();
  const round = await json<{ id: string }>(
    await office.post("/api/v1/rounds", { data: { name: ROUND, kind: "SPECIAL", periodStart: day, periodEnd: day, siteIds } }),
    201,
  );
  await json(await office.post(`/api/v1/rounds/${round.id}/start`));
  let checks = 0;
  for (const siteId of siteIds) {
    const checklist = await json<{ items: ChecklistItem[] }>(await inspector.get(`/api/v1/rounds/${round.id}/checklist?site=${siteId}`));
    const item = checklist.items.find(({ criterion }) => passingOutcome(criterion.rubric) !== null);
    if (!item) continue;
    await json(
      await inspector.post(`/api/v1/rounds/${round.id}/checks`, {
        multipart: {
          clientKey: `e2e-appeal-${RUN}-${siteId}`,
          criterionId: item.criterion.id,
          siteId,
          visitStatus: "INSPECTED",
          outcome: JSON.stringify(passingOutcome(item.criterion.rubric)),
        },
      }),
      201,
    );
    checks += 1;
  }
  expect(checks, "a criterion with a simple passing outcome at one of the department's sites").toBeGreaterThan(0);
  await json(await office.post(`/api/v1/rounds/${round.id}/close`));
  return round.id;
}

test("the office opens the appeal window; the liaison appeals its draft result; publishing waits for the office's answer", async ({ browser }) => {
  test.setTimeout(240_000);
  const office = await as(browser, "office");
  const inspector = await as(browser, "inspector");
  const before = await json<Settings>(await office.request.get("/api/v1/city-settings"));

  try {
    // 城市设置: a three-day appeal window.
    await office.goto("/settings");
    const appealDays = office.getByLabel("申诉期（天）");
    await appealDays.fill("3");
    await appealDays.locator("xpath=ancestor::form").getByRole("button", { name: "保存" }).click();
    await expect(office.getByText("已保存").first()).toBeVisible();
    expect((await json<Settings>(await office.request.get("/api/v1/city-settings"))).appealDays).toBe(3);

    const roundId = await closedRoundOfDepartment(office.request, inspector.request);

    // The liaison reads its department's draft figures on 我的部门 and files an appeal; a too short reason is refused beside the field.
    const liaison = await as(browser, "liaison");
    await liaison.goto("/my");
    const card = liaison.locator("li", { has: liaison.getByText(ROUND, { exact: true }) });
    await expect(card).toBeVisible();
    const draft = await json<{ department: { name: string; inspectionScore: string | null } }>(
      await liaison.request.get(`/api/v1/rounds/${roundId}/draft-result`),
    );
    expect(draft.department.name).toBe(DEPARTMENT);
    expect(draft.department.inspectionScore).not.toBeNull();
    await expect(card.getByText("督查得分").locator("+ dd")).toHaveText(Number(draft.department.inspectionScore).toFixed(2));
    const reason = card.getByLabel("申诉理由");
    await reason.fill("不服");
    await card.getByRole("button", { name: "提交申诉" }).click();
    await expect(card.getByText("申诉理由至少 5 个字")).toBeVisible();
    await reason.fill(REASON);
    await card.getByRole("button", { name: "提交申诉" }).click();
    await expect(card.getByText("申诉已提交，等待市文明办答复。")).toBeVisible();
    await liaison.reload();
    await expect(liaison.locator("li", { has: liaison.getByText(ROUND, { exact: true }) }).getByText(REASON)).toBeVisible();

    // The office cannot publish while the appeal waits: the round page says so and publishing answers 409.
    await office.goto(`/rounds/${roundId}`);
    const appeals = office.locator("section", { has: office.getByRole("heading", { name: "申诉", exact: true }) });
    await expect(appeals.getByText("1 条申诉待答复，全部答复后才能发布。")).toBeVisible();
    await expect(appeals.getByText(REASON)).toBeVisible();
    const refused = await office.request.post("/api/v1/publications", { data: { kind: "ROUND", roundId } });
    expect(refused.status(), await refused.text()).toBe(409);
    expect((await refused.json()).error.code).toBe("APPEALS_OPEN");
    const panel = office.locator("section", { has: office.getByRole("heading", { name: "发布", exact: true }) });
    await panel.getByRole("button", { name: "预览", exact: true }).click();
    await expect(panel.getByRole("table", { name: "责任单位成绩" })).toBeVisible({ timeout: 60_000 });
    await panel.getByRole("button", { name: "发布", exact: true }).click();
    await panel.getByRole("button", { name: "确认发布" }).click();
    await expect(panel.getByText("该轮次还有 1 条申诉未答复，答复后才能发布。")).toBeVisible();

    // The office answers; the count goes; publishing opens the publication.
    await appeals.getByLabel("答复", { exact: true }).fill(ANSWER);
    await appeals.getByRole("button", { name: "提交答复" }).click();
    await expect(appeals.getByText(ANSWER)).toBeVisible();
    await expect(appeals.getByText(/条申诉待答复/)).toHaveCount(0);
    await panel.getByRole("button", { name: "发布", exact: true }).click();
    await panel.getByRole("button", { name: "确认发布" }).click();
    await expect(office).toHaveURL(/\/publications\/[^/]+$/, { timeout: 60_000 });
    const publicationId = new URL(office.url()).pathname.split("/").at(-1)!;
    const published = await json<{ round: { id: string }; snapshot: { result: { departments: { name: string }[] } } }>(
      await office.request.get(`/api/v1/publications/${publicationId}`),
    );
    expect(published.round.id).toBe(roundId);
    expect(published.snapshot.result.departments.map((department) => department.name)).toContain(DEPARTMENT);

    // The liaison reads the answer; the published round leaves its appeal card.
    await liaison.goto("/my");
    await expect(liaison.getByText(ROUND, { exact: true })).toHaveCount(0);
    const mine = await json<{ items: { answer: string | null; reason: string }[] }>(await liaison.request.get(`/api/v1/appeals?roundId=${roundId}`));
    expect(mine.items).toEqual([expect.objectContaining({ reason: REASON, answer: ANSWER })]);
  } finally {
    // The window goes back to what it was, so other tests see the demo city as seeded.
    const now = await json<Settings>(await office.request.get("/api/v1/city-settings"));
    await json(await office.request.patch("/api/v1/city-settings", { data: { version: now.version, appealDays: before.appealDays } }));
  }
});
