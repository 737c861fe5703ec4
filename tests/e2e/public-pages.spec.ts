import { expect, test, type Page } from "@playwright/test";

// A visitor without an account on a phone: the home page, the demo city's published results, an
// older publication (the demo holds a corrected one) and a bulletin download.
test.use({ viewport: { width: 360, height: 740 }, locale: "zh-CN", storageState: { cookies: [], origins: [] } });

async function expectNoSideScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("a visitor on a phone reads the home page, a city's results, an older publication and downloads a bulletin", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page).toHaveTitle("全国文明城市创建进展");
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "全国文明城市创建进展");
  await expect(page.getByRole("heading", { level: 1, name: "全国文明城市创建进展" })).toBeVisible();
  await expect(page.getByRole("link", { name: "文明随手拍" })).toHaveAttribute("href", "/report");
  await expect(page.getByRole("heading", { name: "全省城市排名（最新发布）" }).first()).toBeVisible();
  const demoCity = page.getByRole("article").filter({ has: page.getByRole("link", { name: "嘉峪关市" }) });
  await expect(demoCity.getByText("最新得分")).toBeVisible();
  await expect(demoCity.getByText("任务完成")).toBeVisible();
  await expectNoSideScroll(page);

  await demoCity.getByRole("link", { name: "嘉峪关市" }).click();
  await expect(page).toHaveURL(/\/cities\/jiayuguan$/);
  await expect(page.getByRole("heading", { level: 1, name: "嘉峪关市" })).toBeVisible();
  await expect(page).toHaveTitle(/嘉峪关市创建进展/);
  await expect(page.getByText(/最近发布：\d{4}-\d{2}-\d{2}/)).toBeVisible();
  await expect(page.getByRole("link", { name: "文明随手拍：发现问题，随手上报" })).toHaveAttribute("href", "/report?city=jiayuguan");

  const progress = page.getByRole("region", { name: "年度任务进展（按行动）" });
  await expect(progress.getByText(/\d+\/\d+ 项 · \d+%/).first()).toBeVisible();

  const rankings = page.getByRole("region", { name: "最新红黑榜" });
  const defaultList = rankings.getByRole("region", { name: "综合红黑榜" });
  await expect(defaultList.getByText("红榜", { exact: true }).first()).toBeVisible();
  await expect(defaultList.getByText("黑榜", { exact: true }).first()).toBeVisible();
  await expect(rankings.getByRole("table", { name: "责任单位考评结果" }).getByRole("row")).not.toHaveCount(1);

  const chart = page.getByRole("region", { name: "城市得分走势" });
  await expect(chart.getByRole("img")).toBeVisible();
  await expect(chart.getByRole("figure")).toContainText("已发布督查的城市得分");
  await expect(page.getByRole("region", { name: "问题整改情况" }).getByRole("columnheader", { name: "按期整改" })).toBeVisible();
  await expect(page.getByRole("region", { name: "市民随手拍" }).getByText("收到上报")).toBeVisible();
  await expectNoSideScroll(page);

  // the corrected week is older: page through the publications until it shows
  const all = page.getByRole("region", { name: "往期发布" });
  const superseded = all.getByRole("listitem").filter({ hasText: "已更正" }).first();
  for (let pages = 1; (await superseded.count()) === 0; pages += 1) {
    expect(pages).toBeLessThan(10);
    await all.getByRole("link", { name: "下一页" }).click();
    await expect(page).toHaveURL(new RegExp(`\\?page=${pages + 1}$`));
    await expect(all.getByText(`第 ${pages + 1}/`)).toBeVisible();
  }
  const title = (await superseded.getByRole("link").first().textContent())!.trim();
  await superseded.getByRole("link", { name: title, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("note")).toContainText("本期发布已被更正");
  // every list's whole ranking, with its red and black members marked
  const lists = page.getByRole("region", { name: "红黑榜" });
  await expect(lists.getByRole("region", { name: "综合红黑榜" }).getByRole("table", { name: "综合红黑榜排名" })).toBeVisible();
  await expectNoSideScroll(page);
  await page.getByRole("link", { name: "查看更正后的发布" }).click();
  await expect(page.getByText("本期为更正发布。")).toBeVisible();

  const download = page.getByRole("link", { name: "下载通报（Word）" });
  const href = await download.getAttribute("href");
  expect(href).toMatch(/^\/api\/public\/v1\/publications\/[a-z0-9]+\/bulletin$/);
  const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
  expect(file.suggestedFilename()).toMatch(/\.docx$/);
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("officedocument.wordprocessingml");
  expect((await response.body()).subarray(0, 2).toString()).toBe("PK");
});

test("an unknown city is a 404 page", async ({ page }) => {
  const response = await page.goto("/cities/no-such-city");
  expect(response?.status()).toBe(404);
});
