import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { watchForViolations } from "../security/browser/csp-violations";
import { storageStatePath } from "./accounts";

// 文明随手拍 on a phone, signed out: the form is filled with a photo while the proof of work runs
// in its worker, the report is sent, the tracking code shown, and its status page says 已受理.
// Port 3413 when run alone (E2E_PORT).

const CITY = "jiayuguan";

test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, locale: "zh-CN" });

test.beforeAll(async ({ browser }) => {
  // The demo seeds the city's categories; a database without them gets one the way the office adds it.
  const office = await browser.newContext({ storageState: storageStatePath("office") });
  const listed = await office.request.get("/api/v1/report-categories");
  expect(listed.status()).toBe(200);
  const { items } = (await listed.json()) as { items: { name: string; archived?: boolean; archivedAt?: string | null }[] };
  if (!items.some((item) => !item.archived && !item.archivedAt)) {
    expect((await office.request.post("/api/v1/report-categories", { data: { name: "环境卫生" } })).status()).toBe(201);
  }
  await office.close();
});

test("a resident on a phone files a report with a photo and follows it by its tracking code", async ({ page }) => {
  const watch = await watchForViolations(page);
  const photo = await sharp({ create: { width: 320, height: 240, channels: 3, background: { r: 30, g: 140, b: 60 } } })
    .jpeg()
    .toBuffer();

  await page.goto(`/report?city=${CITY}`);
  await expect(page.getByRole("heading", { level: 1, name: "文明随手拍" })).toBeVisible();
  await expect(page.getByLabel("城市")).toHaveValue(CITY);
  const category = page.getByLabel("问题类别");
  const firstCategory = await category.locator("option").nth(1).getAttribute("value");
  await category.selectOption(firstCategory!);
  await page.getByLabel("问题描述").fill("公交站台旁垃圾桶满溢，周边有散落垃圾");
  await page.getByLabel("所在街道").fill("雄关街道");
  await page.getByLabel("具体地点").fill("新华中路 12 号公交站");
  await page.getByLabel(/照片/).setInputFiles({ name: "现场.jpg", mimeType: "image/jpeg", buffer: photo });
  await page.getByLabel(/联系方式/).fill("13800138000");

  // Nothing scrolls sideways at 360 px.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expect(page.getByText("安全验证已完成，可以提交。")).toBeVisible({ timeout: 45_000 });
  await page.getByRole("button", { name: "提交" }).click();

  const code = page.getByTestId("report-code");
  await expect(code).toHaveText(/^SP-\d{4}-[2-9A-HJKMNP-Z]{5}$/);
  const tracking = (await code.textContent())!;
  await page.getByRole("link", { name: "查看处理进度" }).click();
  await expect(page).toHaveURL(new RegExp(`/report/${tracking}$`));
  await expect(page.getByText("已受理")).toBeVisible();
  await expect(page.getByText("公交站台旁垃圾桶满溢")).toHaveCount(0);
  await expect(page.getByText("13800138000")).toHaveCount(0);

  // The lookup form finds the same page by the code as typed.
  await page.goto("/report");
  await page.getByLabel("查询码").fill(tracking.toLowerCase());
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page).toHaveURL(new RegExp(`/report/${tracking}$`));
  expect(await watch.collect()).toEqual([]);
});

test("the form says what is missing beside each field, in Chinese, before sending anything", async ({ page }) => {
  await page.goto(`/report?city=${CITY}`);
  await page.getByRole("button", { name: "提交" }).click();
  // Each message sits under its own field (the select's placeholder says the same as its error).
  await expect(page.locator("#report-category-error")).toHaveText("请选择问题类别");
  await expect(page.locator("#report-description-error")).toHaveText("请至少用 5 个字描述看到的问题");
  await expect(page.locator("#report-street-error")).toHaveText("请填写所在街道");
  await expect(page.getByLabel("问题描述")).toHaveAttribute("aria-invalid", "true");
});
