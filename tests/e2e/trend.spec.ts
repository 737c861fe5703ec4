import { expect, test } from "@playwright/test";
import { storageStatePath } from "./accounts";

test.describe("the city office", () => {
  test.use({ storageState: storageStatePath("office") });

  test("opens a criterion's score-rate trend from a department's criteria", async ({ page, request }) => {
    const list = await (await request.get(`/api/v1/departments?q=${encodeURIComponent("市城管局")}`)).json();
    const department = list.items.find((d: { name: string }) => d.name === "市城管局");
    await page.goto(`/departments/${department.id}/criteria`);
    await page.getByRole("link", { name: "趋势" }).first().click();
    await expect(page).toHaveURL(/\/criteria\/[^/]+\/trend$/);
    await expect(page.getByRole("heading", { name: /得分率趋势/ })).toBeVisible();
    // The demo's closed rounds have stored scores, so the trend lists them (a rate or 未测评 each).
    await expect(page.getByRole("table").getByRole("row").nth(1)).toBeVisible();
    await expect(page.getByText("本市还没有计算过分数的督查轮次。")).toHaveCount(0);
  });
});

test.describe("a department liaison", () => {
  test.use({ storageState: storageStatePath("liaison") });

  test("sees its criteria without trend links, and the trend page is not found", async ({ page, request }) => {
    const me = await (await request.get("/api/v1/me")).json();
    await page.goto(`/departments/${me.departmentId}/criteria`);
    await expect(page.getByRole("heading", { name: /负责的测评标准/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "趋势" })).toHaveCount(0);
    const response = await page.goto(`/criteria/anything/trend`);
    expect(response?.status()).toBe(404);
  });
});
