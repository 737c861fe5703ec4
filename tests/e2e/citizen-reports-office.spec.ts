import { expect, test, type Browser, type Page } from "@playwright/test";
import { storageStatePath, type AccountKey } from "./accounts";

// 文明随手拍, the office's side: the office opens its queue, reads the oldest waiting report (photos,
// place, contact), sees a reject without a reason refused next to the field, then accepts the report
// for 市城管局; the finding made from it links back to the report, and 市城管局's liaison sees the
// report's photo as the finding's before-photo. It takes the oldest RECEIVED report of the demo city
// (the seed holds several), so it may run more than once. Port 3414 when run alone (E2E_PORT).

const DEPARTMENT = "市城管局";

async function as(browser: Browser, account: AccountKey): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStatePath(account) });
  return context.newPage();
}

test("the office accepts a waiting citizen report as a finding that 市城管局's liaison then sees with its photo", async ({ browser }) => {
  const office = await as(browser, "office");
  await office.goto("/dashboard");
  await office.getByRole("link", { name: "随手拍", exact: true }).click();
  await expect(office.getByRole("heading", { name: "文明随手拍" })).toBeVisible();
  await expect(office.getByRole("link", { name: /待处理/ })).toHaveAttribute("aria-current", "page");

  // Open the first report that has a photo (the demo seeds several waiting reports with photos).
  const rows = office.getByRole("row").filter({ has: office.getByRole("img") });
  await expect(rows.first()).toBeVisible();
  const code = (await rows.first().getByRole("link").first().textContent())!.trim();
  expect(code).toMatch(/^SP-\d{4}-[0-9A-Z]{5}$/);
  await rows.first().getByRole("link", { name: code }).click();
  await expect(office.getByRole("heading", { name: `随手拍 ${code}` })).toBeVisible();
  await expect(office.getByText("待处理").first()).toBeVisible();
  const photo = office.getByRole("img", { name: "照片 1" });
  await expect(photo).toBeVisible();
  await photo.scrollIntoViewIfNeeded();
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0))).toBeGreaterThan(0);

  // 驳回 needs a reason: the error sits next to the field, and nothing changes.
  const reject = office.getByRole("form", { name: "驳回" });
  await reject.getByRole("button", { name: "驳回" }).click();
  await expect(reject.getByText("请填写驳回原因")).toBeVisible();
  await expect(reject.getByRole("textbox", { name: "驳回原因" })).toHaveAttribute("aria-invalid", "true");

  // 受理 for 市城管局 with the default criterion and due date: off to the new finding.
  const accept = office.getByRole("form", { name: "受理" });
  const department = accept.getByRole("combobox", { name: "责任单位" });
  const value = await department.locator("option", { hasText: DEPARTMENT }).first().getAttribute("value");
  await department.selectOption(value!);
  await accept.getByRole("button", { name: "受理并生成问题" }).click();
  await office.waitForURL(/\/findings\/[^/]+$/);
  const findingUrl = office.url();
  await expect(office.getByRole("heading", { name: new RegExp(`随手拍 ${code}`) })).toBeVisible();
  await office.getByRole("link", { name: "查看来源的随手拍报告" }).click();
  await expect(office.getByRole("heading", { name: `随手拍 ${code}` })).toBeVisible();
  await expect(office.getByText("已受理").first()).toBeVisible();
  await expect(office.getByRole("form", { name: "受理" })).toHaveCount(0);
  await office.context().close();

  // The liaison of 市城管局 has the finding, with the resident's photo as its before-photo.
  const liaison = await as(browser, "liaison");
  await liaison.goto(findingUrl);
  await expect(liaison.getByRole("heading", { name: new RegExp(`随手拍 ${code}`) })).toBeVisible();
  const before = liaison.getByRole("img", { name: /整改前/ }).first();
  await expect(before).toBeVisible();
  await before.scrollIntoViewIfNeeded();
  await expect.poll(() => before.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0))).toBeGreaterThan(0);
  // The report itself is the office's: the liaison has no way to it.
  await expect(liaison.getByRole("link", { name: "查看来源的随手拍报告" })).toHaveCount(0);
  const response = await liaison.request.get("/api/v1/citizen-reports");
  expect(response.status()).toBe(403);
  await liaison.context().close();
});
