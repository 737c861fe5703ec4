import { expect, test, type Page } from "@playwright/test";
import { storageStatePath } from "./accounts";

// A province supervisor reads a city's plans and coverage by choosing the city, not by typing ?city=.

async function chooseCity(page: Page, name: string) {
  const select = page.getByLabel("城市");
  const value = await select.locator("option", { hasText: name }).getAttribute("value");
  await select.selectOption(value!);
  await page.getByRole("button", { name: "查看", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`city=${value}`));
}

test.describe("a province supervisor", () => {
  test.use({ storageState: storageStatePath("supervisor") });

  test("chooses a city to see its coverage and its plans", async ({ page }) => {
    await page.goto("/coverage");
    await expect(page.getByText("请先选择要查看的城市。")).toBeVisible();
    await chooseCity(page, "嘉峪关市");
    await expect(page.getByText(/嘉峪关市2026年创建全国文明城市工作实施方案/).first()).toBeVisible();
    await expect(page.getByLabel("城市")).toHaveValue(new URL(page.url()).searchParams.get("city")!);

    await page.goto("/plans");
    await chooseCity(page, "嘉峪关市");
    await expect(page.getByText("嘉峪关市创建全国文明城市三年行动计划（2024—2026年）").first()).toBeVisible();
  });
});
