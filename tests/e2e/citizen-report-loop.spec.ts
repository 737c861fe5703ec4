import { expect, test, type Browser, type Page } from "@playwright/test";
import sharp from "sharp";
import { storageStatePath, type AccountKey } from "./accounts";

// Issue 10 §4, the citizen's loop through every screen of it: a visitor on a phone files a report
// with a photo and gets its tracking code; the office accepts it for 市城管局 on the report's page
// (and dispatches it from the findings list unless the city dispatches at once); 市城管局's
// liaison replies on a phone with an after-photo; the office verifies (销号); the visitor finds
// 已整改 with the after-photo and rates it (a second rating is refused); the office sees the
// rating in its queue. Everything it reads is its own report, so it may run beside other specs.

const RUN = Date.now().toString(36);
const CITY = "jiayuguan";
const DEPARTMENT = "市城管局";
const DESCRIPTION = `小区门口井盖缺失，夜间有安全隐患（${RUN}）`;
const REPLY = `已更换井盖并设置警示标志（${RUN}）`;
const COMMENT = `处理很快，谢谢（${RUN}）`;
const VISITOR = { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, locale: "zh-CN" };

const photo = (background: string) =>
  sharp({ create: { width: 480, height: 360, channels: 3, background } })
    .jpeg()
    .toBuffer();

async function as(browser: Browser, account: AccountKey, phone = false): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStatePath(account), ...(phone ? VISITOR : {}) });
  return context.newPage();
}

/** The visitor's form, filled as a resident does; returns the tracking code it shows. */
async function fileReport(visitor: Page): Promise<string> {
  await visitor.goto(`/report?city=${CITY}`);
  await expect(visitor.getByLabel("城市")).toHaveValue(CITY);
  const category = visitor.getByLabel("问题类别");
  await category.selectOption((await category.locator("option").nth(1).getAttribute("value"))!);
  await visitor.getByLabel("问题描述").fill(DESCRIPTION);
  await visitor.getByLabel("所在街道").fill("雄关街道");
  await visitor.getByLabel("具体地点").fill("迎宾路 8 号小区门口");
  await visitor.getByLabel(/照片/).setInputFiles({ name: "井盖.jpg", mimeType: "image/jpeg", buffer: await photo("#5d4037") });
  await visitor.getByLabel(/联系方式/).fill("13900139000");
  await expect(visitor.getByText("安全验证已完成，可以提交。")).toBeVisible({ timeout: 45_000 });
  await visitor.getByRole("button", { name: "提交" }).click();
  const code = visitor.getByTestId("report-code");
  await expect(code).toHaveText(/^SP-\d{4}-[2-9A-HJKMNP-Z]{5}$/);
  return (await code.textContent())!;
}

test("a visitor's report is accepted, rectified, verified, followed to 已整改 and rated once; the office sees the rating", async ({ browser }) => {
  test.setTimeout(240_000);
  const visitor = await (await browser.newContext(VISITOR)).newPage();
  const code = await fileReport(visitor);
  await visitor.goto(`/report/${code}`);
  await expect(visitor.getByText("已收到", { exact: true })).toBeVisible();

  // 受理 on the report's page, for 市城管局: off to the finding made from it.
  const office = await as(browser, "office");
  const queue = await (await office.request.get("/api/v1/citizen-reports?status=RECEIVED&pageSize=500")).json();
  const report = (queue.items as { id: string; code: string }[]).find((item) => item.code === code);
  expect(report, `${code} waits in the office's queue`).toBeTruthy();
  await office.goto(`/citizen-reports/${report!.id}`);
  await expect(office.getByRole("heading", { name: `随手拍 ${code}` })).toBeVisible();
  await expect(office.getByText(DESCRIPTION).first()).toBeVisible();
  const accept = office.getByRole("form", { name: "受理" });
  const department = accept.getByRole("combobox", { name: "责任单位" });
  await department.selectOption((await department.locator("option", { hasText: DEPARTMENT }).first().getAttribute("value"))!);
  await accept.getByRole("button", { name: "受理并生成问题" }).click();
  await office.waitForURL(/\/findings\/[^/]+$/);
  const findingId = office.url().split("/findings/")[1];
  const finding = await (await office.request.get(`/api/v1/findings/${findingId}`)).json();
  expect(finding.department.name).toBe(DEPARTMENT);

  if (finding.status === "OPEN") {
    // 交办 from the findings list, as the office dispatches any finding.
    await office.goto(`/findings?status=OPEN&department=${finding.department.id}&pageSize=500`);
    await office.getByRole("checkbox", { name: `选择 ${finding.description}` }).check();
    await office.getByRole("button", { name: "交办", exact: true }).click();
    await expect(office.getByText(/^已交办 1 个/)).toBeVisible();
  }
  await visitor.goto(`/report/${code}`);
  await expect(visitor.getByText("整改中", { exact: true })).toBeVisible();

  // The liaison replies on a phone with the after-photo.
  const liaison = await as(browser, "liaison", true);
  await liaison.goto(`/findings/${findingId}`);
  await expect(liaison.getByRole("heading", { level: 1, name: new RegExp(`随手拍 ${code}`) })).toBeVisible();
  await liaison.getByLabel("整改情况").fill(REPLY);
  await liaison.getByLabel("整改后照片").setInputFiles({ name: "整改后.jpg", mimeType: "image/jpeg", buffer: await photo("#2e7d32") });
  await liaison.getByRole("button", { name: "提交整改" }).click();
  await expect(liaison.getByText("待审核").first()).toBeVisible();

  // The office verifies: 销号.
  await office.goto(`/findings/${findingId}`);
  await expect(office.getByRole("img", { name: "整改后 照片 1" })).toBeVisible();
  await office.getByRole("button", { name: "通过（销号）" }).click();
  await expect(office.getByText("已销号").first()).toBeVisible();

  // The visitor follows the code to 已整改, sees the after-photo, and rates it.
  await visitor.goto(`/report/${code}`);
  await expect(visitor.getByText("已整改", { exact: true })).toBeVisible();
  const afterPhoto = visitor.getByRole("img", { name: "整改后的现场照片" });
  await expect(afterPhoto).toBeVisible();
  await expect.poll(() => afterPhoto.evaluate((image: HTMLImageElement) => (image.complete ? image.naturalWidth : 0))).toBeGreaterThan(0);
  await expect(visitor.getByText(DESCRIPTION)).toHaveCount(0);
  expect(await visitor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await visitor.getByLabel("满意", { exact: true }).check();
  await visitor.getByLabel("意见（选填）").fill(COMMENT);
  await visitor.getByRole("button", { name: "提交评价" }).click();
  await expect(visitor.getByText("您的评价：满意")).toBeVisible();
  await expect(visitor.getByRole("button", { name: "提交评价" })).toHaveCount(0);

  // A second rating is refused, whoever sends it.
  const again = await visitor.request.post(`/api/public/v1/reports/${code}/rating`, { data: { satisfied: false } });
  expect(again.status()).toBe(409);
  expect((await again.json()).error.message).toBe("这条随手拍已经评价过了，每条只能评价一次。");
  await visitor.reload();
  await expect(visitor.getByText("您的评价：满意")).toBeVisible();

  // The office sees the rating in its queue (已整改) and the comment on the report's page.
  await office.goto("/citizen-reports?status=RECTIFIED");
  await expect(office.getByRole("link", { name: "已整改" })).toHaveAttribute("aria-current", "page");
  const row = office.getByRole("row").filter({ has: office.getByRole("link", { name: code }) });
  await expect(row.getByText("满意", { exact: true })).toBeVisible();
  await row.getByRole("link", { name: code }).click();
  await expect(office.getByRole("heading", { name: `随手拍 ${code}` })).toBeVisible();
  await expect(office.getByText(COMMENT)).toBeVisible();
  await Promise.all([visitor.context().close(), office.context().close(), liaison.context().close()]);
});
