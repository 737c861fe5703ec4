import { expect, request as playwrightRequest, test } from "@playwright/test";
import { storageStatePath } from "./accounts";

test.describe("a department liaison", () => {
  test.use({ storageState: storageStatePath("liaison") });

  test("opening another department's page gets not-found", async ({ page, request }) => {
    const me = await (await request.get("/api/v1/me")).json();
    const departments = await (await request.get("/api/v1/departments?pageSize=500")).json();
    // The liaison's list holds only its own department; another one's id comes from the office.
    expect(departments.items.map((d: { id: string }) => d.id)).toEqual([me.departmentId]);

    const own = await page.goto(`/departments/${me.departmentId}`);
    expect(own?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: "市城管局" })).toBeVisible();

    const otherId = await otherDepartmentId();
    const other = await page.goto(`/departments/${otherId}`);
    expect(other?.status()).toBe(404);
    await expect(page.getByText("页面不存在")).toBeVisible();
    const api = await request.get(`/api/v1/departments/${otherId}`);
    expect(api.status()).toBe(404);
  });
});

async function otherDepartmentId(): Promise<string> {
  const context = await playwrightRequest.newContext({ baseURL: test.info().project.use.baseURL, storageState: storageStatePath("office") });
  const list = await (await context.get("/api/v1/departments?q=住建局")).json();
  await context.dispose();
  return list.items[0].id;
}
