import { expect, test } from "@playwright/test";
import { storageStatePath } from "./accounts";

// 城市设置: the office edits its cycle's weights, a bad value is refused beside its field and
// kept there until fixed; then it adds a ranking list, sees it in the table, and deletes it again.

test.use({ storageState: storageStatePath("office") });

test("office fixes a refused weight, then adds a ranking list", async ({ page }) => {
  const listName = `e2e榜-${Date.now().toString(36)}`;
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "城市设置" })).toBeVisible();
  for (const name of ["综合红黑榜", "街道红黑榜", "整改红黑榜"]) await expect(page.getByRole("row").filter({ hasText: name })).toHaveCount(1);

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

test.describe("the supervisor", () => {
  test.use({ storageState: storageStatePath("supervisor") });

  test("reads a city's 计划 and 覆盖分析 from its navigation, without writes", async ({ page }) => {
    const cities = await (await page.request.get("/api/v1/cities")).json();
    const demo = (cities.items as Array<{ id: string; slug: string }>).find((city) => city.slug === "jiayuguan")!;
    await page.goto(`/plans?city=${demo.id}`);
    const nav = page.getByRole("navigation");
    await expect(nav.getByRole("link", { name: "计划", exact: true })).toBeVisible();
    await expect(nav.getByRole("link", { name: "覆盖分析" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "创建计划", exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "新建" })).toHaveCount(0);
    await page.goto(`/coverage?city=${demo.id}`);
    await expect(page.getByRole("heading", { name: "测评标准覆盖情况", exact: true })).toBeVisible();
    await expect(page.getByText("服务器内部错误")).toHaveCount(0);
  });
});
