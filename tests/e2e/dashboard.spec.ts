import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { storageStatePath } from "./accounts";

// Issue 9: the office steers from its 工作台. The numbers are the demo's, read through the API
// lists each tile links to (other browser tests may change findings meanwhile, so the page and
// the API are compared together until they agree).

async function totalOf(request: APIRequestContext, path: string): Promise<number> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return ((await response.json()) as { total: number }).total;
}

const tile = (page: Page, title: string) => page.getByRole("region", { name: title, exact: true });

test.describe("the city office", () => {
  test.use({ storageState: storageStatePath("office") });

  test("sees the cockpit's tiles with the demo's numbers", async ({ page, request }) => {
    await expect(async () => {
      await page.goto("/dashboard");
      const unsigned = await totalOf(request, "/api/v1/tasks?dispatchStatus=DISPATCHED&pageSize=1");
      const reviewTasks = await totalOf(request, "/api/v1/tasks?pendingReview=1&pageSize=1");
      const overdue = await totalOf(request, "/api/v1/findings?overdue=1&pageSize=1");
      const dueSoon = await totalOf(request, "/api/v1/findings?dueSoon=1&pageSize=1");
      await expect(tile(page, "已交办未签收任务")).toContainText(`${unsigned}项`, { timeout: 1000 });
      await expect(tile(page, "台账待审核")).toContainText(`涉及 ${reviewTasks} 项任务`, { timeout: 1000 });
      const lastRow = tile(page, "问题整改期限").getByRole("row").last();
      await expect(lastRow).toHaveText(overdue + dueSoon === 0 ? "没有逾期或 7 日内到期的问题" : `合计${overdue}${dueSoon}`, { timeout: 1000 });
    }).toPass({ timeout: 30_000 });

    // The demo has closed scored rounds: the latest one's score and its round link.
    const rounds = (await (await request.get("/api/v1/rounds?status=CLOSED&pageSize=50")).json()) as { items: { id: string; name: string; kind: string }[] };
    const scored = rounds.items.filter((round) => round.kind !== "RECHECK");
    expect(scored.length).toBeGreaterThan(0);
    const score = tile(page, "最近一轮得分");
    await expect(score.getByRole("link", { name: /（截至 \d{4}-\d{2}-\d{2}）/ })).toHaveAttribute(
      "href",
      new RegExp(`^/rounds/(${scored.map((r) => r.id).join("|")})$`),
    );
    await expect(score.getByText(/^\d+\.\d{2}$/)).toBeVisible();
    await expect(tile(page, "黑榜督办")).toBeVisible();
    await expect(tile(page, "整改漏斗（近 30 天）")).toBeVisible();
  });

  test("swaps a chart for its table and prints the table", async ({ page }) => {
    await page.goto("/dashboard");
    const score = tile(page, "最近一轮得分");
    const chart = score.getByRole("img", { name: "近 12 轮城市得分" });
    const table = score.getByRole("table", { name: "近 12 轮城市得分" });
    await expect(chart).toBeVisible();
    await expect(table).toBeHidden();
    await score.getByRole("button", { name: "以表格查看" }).click();
    await expect(table).toBeVisible();
    await expect(chart).toBeHidden();
    await expect(table.getByRole("row").nth(1)).toBeVisible();
    await expect(score.getByRole("button", { name: "以图表查看" })).toHaveAttribute("aria-pressed", "true");
    await score.getByRole("button", { name: "以图表查看" }).click();
    await expect(chart).toBeVisible();

    await page.emulateMedia({ media: "print" });
    const funnel = tile(page, "整改漏斗（近 30 天）");
    await expect(funnel.getByRole("table")).toBeVisible();
    await expect(funnel.getByRole("img")).toBeHidden();
    await expect(table).toBeVisible();
  });

  test("follows a tile's link to the filtered list behind it", async ({ page, request }) => {
    await page.goto("/dashboard");
    await tile(page, "已交办未签收任务").getByRole("link", { name: "查看未签收任务" }).click();
    await expect(page).toHaveURL(/\/tasks\?dispatchStatus=DISPATCHED$/);
    await expect(page.getByLabel("交办状态")).toHaveValue("DISPATCHED");
    const unsigned = await totalOf(request, "/api/v1/tasks?dispatchStatus=DISPATCHED&pageSize=1");
    await expect(page.getByText(new RegExp(`共 ${unsigned} 条`))).toBeVisible();

    await page.goto("/dashboard");
    const deadlines = tile(page, "问题整改期限");
    const link = deadlines.getByRole("link", { name: /^全部单位：已逾期 \d+ 个问题$/ });
    // The demo always holds overdue findings (the seed test insists on at least five).
    await expect(link).toHaveCount(1);
    await link.click();
    await expect(page).toHaveURL(/\/findings\?overdue=1$/);
    await expect(page.getByRole("checkbox", { name: "仅看逾期" })).toBeChecked();
    const overdue = await totalOf(request, "/api/v1/findings?overdue=1&pageSize=1");
    await expect(page.getByText(new RegExp(`共 ${overdue} 条`))).toBeVisible();
  });
});

test.describe("an inspector of the city", () => {
  test.use({ storageState: storageStatePath("inspector") });

  test("sees the same cockpit", async ({ page }) => {
    await page.goto("/dashboard");
    await expect(tile(page, "问题整改期限")).toBeVisible();
    await expect(tile(page, "最近一轮得分")).toBeVisible();
  });
});
