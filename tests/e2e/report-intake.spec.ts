import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { watchForViolations } from "../security/browser/csp-violations";
import { storageStatePath } from "./accounts";

// 文明随手拍 on a phone, signed out: the form is filled with a photo while the proof of work runs
// in its worker, the report is sent, the tracking code shown, and its status page says 已收到; then
// the whole loop (the office accepts, the liaison rectifies, the office verifies) up to the
// resident's rating. The demo seeds the city's categories. Port 3413 when run alone (E2E_PORT).

const CITY = "jiayuguan";

test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, locale: "zh-CN" });

const photoBytes = () =>
  sharp({ create: { width: 320, height: 240, channels: 3, background: { r: 30, g: 140, b: 60 } } })
    .jpeg()
    .toBuffer();

/** Fills the form as a resident does, waits for the proof of work, sends, and returns the code shown. */
async function fileReport(page: Page, { description = "公交站台旁垃圾桶满溢，周边有散落垃圾" } = {}): Promise<string> {
  await page.goto(`/report?city=${CITY}`);
  await expect(page.getByRole("heading", { level: 1, name: "文明随手拍" })).toBeVisible();
  await expect(page.getByLabel("城市")).toHaveValue(CITY);
  const category = page.getByLabel("问题类别");
  await category.selectOption((await category.locator("option").nth(1).getAttribute("value"))!);
  await page.getByLabel("问题描述").fill(description);
  await page.getByLabel("所在街道").fill("雄关街道");
  await page.getByLabel("具体地点").fill("新华中路 12 号公交站");
  await page.getByLabel(/照片/).setInputFiles({ name: "现场.jpg", mimeType: "image/jpeg", buffer: await photoBytes() });
  await page.getByLabel(/联系方式/).fill("13800138000");
  // Nothing scrolls sideways at 360 px.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expect(page.getByText("安全验证已完成，可以提交。")).toBeVisible({ timeout: 45_000 });
  await page.getByRole("button", { name: "提交" }).click();
  const code = page.getByTestId("report-code");
  await expect(code).toHaveText(/^SP-\d{4}-[2-9A-HJKMNP-Z]{5}$/);
  return (await code.textContent())!;
}

test("a resident on a phone files a report with a photo and follows it by its tracking code", async ({ page }) => {
  const watch = await watchForViolations(page);
  const tracking = await fileReport(page);
  await page.getByRole("link", { name: "查看处理进度" }).click();
  await expect(page).toHaveURL(new RegExp(`/report/${tracking}$`));
  await expect(page.getByText("已收到", { exact: true })).toBeVisible();
  await expect(page.getByText("公交站台旁垃圾桶满溢")).toHaveCount(0);
  await expect(page.getByText("13800138000")).toHaveCount(0);

  // The lookup form finds the same page by the code as typed.
  await page.goto("/report");
  await page.getByLabel("查询码").fill(tracking.toLowerCase());
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page).toHaveURL(new RegExp(`/report/${tracking}$`));
  expect(await watch.collect()).toEqual([]);
});

test("the office accepts it, the liaison rectifies with a photo, the resident sees 已整改 with the after-photo and rates it once", async ({
  page,
  browser,
}) => {
  const watch = await watchForViolations(page);
  const tracking = await fileReport(page, { description: "人行道上共享单车乱停，挡住盲道" });
  const office = await browser.newContext({ storageState: storageStatePath("office") });
  const liaison = await browser.newContext({ storageState: storageStatePath("liaison") });

  const queue = await (await office.request.get("/api/v1/citizen-reports?status=RECEIVED&pageSize=500")).json();
  const report = (queue.items as { id: string; code: string }[]).find((item) => item.code === tracking)!;
  const departments = await (await office.request.get("/api/v1/departments?pageSize=500")).json();
  const bureau = (departments.items as { id: string; name: string }[]).find((item) => item.name === "市城管局")!;
  const accepted = await office.request.post(`/api/v1/citizen-reports/${report.id}/accept`, { data: { departmentId: bureau.id } });
  expect(accepted.status()).toBe(201);
  const { findingId } = await accepted.json();
  const findingStatus = async () => (await (await office.request.get(`/api/v1/findings/${findingId}`)).json()).status as string;
  if ((await findingStatus()) === "OPEN") {
    expect((await office.request.post("/api/v1/findings/dispatch", { data: { ids: [findingId] } })).status()).toBe(200);
  }
  const reply = await liaison.request.post(`/api/v1/findings/${findingId}/rectifications`, {
    multipart: { text: "已清理并设置停车区", photos: { name: "整改后.jpg", mimeType: "image/jpeg", buffer: await photoBytes() } },
  });
  expect(reply.status()).toBe(201);
  expect((await office.request.post(`/api/v1/findings/${findingId}/verify`, { data: { decision: "ACCEPT" } })).status()).toBe(200);
  await Promise.all([office.close(), liaison.close()]);

  await page.goto(`/report/${tracking}`);
  await expect(page.getByText("已整改")).toBeVisible();
  const afterPhoto = page.getByRole("img", { name: "整改后的现场照片" });
  await expect(afterPhoto).toBeVisible();
  await afterPhoto.scrollIntoViewIfNeeded();
  await expect.poll(() => afterPhoto.evaluate((image: HTMLImageElement) => (image.complete ? image.naturalWidth : 0))).toBeGreaterThan(0);
  await page.getByLabel("满意", { exact: true }).check();
  await page.getByLabel("意见（选填）").fill("处理及时");
  await page.getByRole("button", { name: "提交评价" }).click();
  await expect(page.getByText("您的评价：满意")).toBeVisible();
  await expect(page.getByRole("button", { name: "提交评价" })).toHaveCount(0);
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
