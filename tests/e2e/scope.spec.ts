import { expect, test } from "@playwright/test";
import { storageStatePath } from "./accounts";

test.describe("a department liaison", () => {
  test.use({ storageState: storageStatePath("liaison") });

  test("opening another department's page gets not-found", async ({ page, request }) => {
    const me = await (await request.get("/api/v1/me")).json();
    const own = await page.goto(`/departments/${me.departmentId}`);
    expect(own?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: "市城管局" })).toBeVisible();

    // The liaison may see its city's department names, but not another department's page.
    const list = await (await request.get(`/api/v1/departments?q=${encodeURIComponent("住建局")}`)).json();
    const otherId: string = list.items[0].id;
    expect(otherId).not.toBe(me.departmentId);
    const other = await page.goto(`/departments/${otherId}`);
    expect(other?.status()).toBe(404);
    await expect(page.getByText("页面不存在")).toBeVisible();
    expect((await request.get(`/api/v1/departments/${otherId}`)).status()).toBe(404);
  });
});
