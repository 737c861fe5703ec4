import { expect, test } from "@playwright/test";
import { storageStatePath } from "./accounts";

// The office adds a department: a name the city already has is refused beside the field, and
// the form stays open with what was typed; a new name is saved and listed.

test.use({ storageState: storageStatePath("office") });

test("office adds a department after a duplicate name is refused beside the field", async ({ page }) => {
  const name = `市测试局${Date.now() % 100000}`;
  await page.goto("/departments");
  await page.getByRole("button", { name: "新建单位" }).click();
  const nameField = page.getByLabel("单位名称");
  await nameField.fill("市城管局");
  await page.getByLabel("联络员").fill("李明");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("该城市已有同名单位")).toBeVisible();
  await expect(nameField).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("联络员")).toHaveValue("李明");

  await nameField.fill(name);
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("单位已创建。")).toBeVisible();
  await expect(page.getByRole("button", { name: "新建单位" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("李明");
});
