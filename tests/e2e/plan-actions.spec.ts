import { expect, test } from "@playwright/test";
import { storageStatePath } from "./accounts";

// The office adds an action by mistake and deletes it again; an action that still has tasks
// cannot be deleted.

test.use({ storageState: storageStatePath("office") });

test("office adds an action, deletes it after confirming, and cannot delete one with tasks", async ({ page }) => {
  const name = `临时行动${Date.now() % 100000}`;
  await page.goto("/plans");
  await page.getByRole("button", { name: "添加行动", exact: true }).click();
  const form = page.locator("form").filter({ has: page.getByLabel("行动名称") });
  await form.getByLabel("行动名称").fill(name);
  await form.getByRole("button", { name: "添加行动" }).click();
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("0 项任务");

  await expect(page.getByRole("button", { name: "删除“理念铸魂行动”" })).toBeDisabled();
  page.once("dialog", (dialog) => {
    expect(dialog.message()).toBe(`确定删除行动“${name}”吗？`);
    void dialog.accept();
  });
  await page.getByRole("button", { name: `删除“${name}”` }).click();
  await expect(page.getByRole("row").filter({ hasText: name })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("row").filter({ hasText: name })).toHaveCount(0);
});
