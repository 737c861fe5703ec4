import { expect, test } from "@playwright/test";
import { storageStatePath } from "./accounts";

// 城市设置: the office edits its cycle's weights, a bad value is refused beside its field and
// kept there until fixed; then it adds a ranking list, sees it in the table, and deletes it again.

test.use({ storageState: storageStatePath("office") });

test("office fixes a refused weight, then adds a ranking list", async ({ page }) => {
  const listName = `e2e榜-${Date.now().toString(36)}`;
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "城市设置" })).toBeVisible();
  for (const name of ["综合红黑榜", "街道红黑榜", "整改红黑榜"]) await expect(page.getByRole("cell", { name })).toBeVisible();

  const inspection = page.getByLabel("实地督查");
  const stored = await inspection.inputValue();
  await inspection.fill("-0.5");
  await page.getByRole("button", { name: "保存权重" }).click();
  await expect(page.locator("#weights-inspectionWeight-error")).toHaveText("权重应为不小于 0 的数，最多四位小数");
  await expect(inspection).toHaveAttribute("aria-invalid", "true");
  await expect(inspection).toHaveValue("-0.5");

  await inspection.fill(stored);
  await page.getByRole("button", { name: "保存权重" }).click();
  await expect(page.getByText("已保存")).toBeVisible();
  await expect(page.locator("#weights-inspectionWeight-error")).toHaveCount(0);

  await page.getByRole("button", { name: "新增红黑榜" }).click();
  const form = page.locator("form").filter({ has: page.locator("#list-new-name") });
  await form.getByLabel("榜单名称").fill(listName);
  await form.getByLabel("参评单位").selectOption("BY_KIND");
  await form.getByLabel("排名依据").selectOption("RECTIFICATION");
  await form.getByLabel("黑榜分数线").fill("101");
  await form.getByRole("button", { name: "新增红黑榜" }).click();
  await expect(page.locator("#list-new-memberKind-error")).toHaveText("按单位类型选择成员时，请选择单位类型");
  await expect(page.locator("#list-new-blackThreshold-error")).toHaveText("黑榜分数线应为 0–100 的数，最多两位小数");

  await form.getByLabel("单位类型").selectOption("STREET_OFFICE");
  await form.getByLabel("黑榜分数线").fill("82.5");
  await form.getByRole("button", { name: "新增红黑榜" }).click();
  await expect(page.getByText("已新增红黑榜")).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: listName });
  await expect(row).toContainText("街道");
  await expect(row).toContainText("整改率");
  await expect(row).toContainText("82.50");

  page.once("dialog", (dialog) => dialog.accept());
  await row.getByRole("button", { name: "删除" }).click();
  await expect(page.getByRole("row").filter({ hasText: listName })).toHaveCount(0);
});
