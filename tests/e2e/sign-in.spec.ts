import { expect, test } from "@playwright/test";
import { ACCOUNTS, DEMO_PASSWORD, type AccountKey } from "./accounts";

// What each role's navigation offers after signing in through the Chinese sign-in page.
const NAVIGATION: Record<AccountKey, { shows: string[]; hides: string[] }> = {
  admin: {
    shows: ["工作台", "提名城市", "督查", "问题整改", "点位", "用户管理", "审计日志", "通知"],
    hides: ["接口令牌", "本单位", "任务", "现场检查", "随手拍"],
  },
  // Published results only: no rounds (督查) or findings (问题整改).
  supervisor: {
    shows: ["工作台", "省级总览", "提名城市", "任务", "计划", "覆盖分析", "点位", "审计日志", "通知"],
    hides: ["用户管理", "接口令牌", "督查", "问题整改", "现场检查", "随手拍"],
  },
  office: {
    shows: ["工作台", "任务", "计划", "覆盖分析", "督查", "问题整改", "随手拍", "点位", "责任单位", "用户管理", "接口令牌", "审计日志", "通知"],
    hides: ["提名城市", "本单位", "我的部门", "现场检查"],
  },
  inspector: {
    shows: ["现场检查", "工作台", "任务", "督查", "问题整改", "点位", "责任单位", "通知"],
    hides: ["用户管理", "接口令牌", "审计日志", "计划", "覆盖分析", "随手拍"],
  },
  liaison: {
    shows: ["我的部门", "工作台", "任务", "问题整改", "本单位", "通知"],
    hides: ["责任单位", "用户管理", "审计日志", "计划", "督查", "点位", "现场检查", "随手拍"],
  },
};

for (const [account, nav] of Object.entries(NAVIGATION) as [AccountKey, (typeof NAVIGATION)[AccountKey]][]) {
  test(`${account} signs in and sees the navigation of its role`, async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("邮箱").fill(ACCOUNTS[account]);
    await page.getByLabel("密码").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    const navigation = page.getByRole("navigation", { name: "主导航" });
    for (const item of nav.shows) await expect(navigation.getByRole("link", { name: item })).toBeVisible();
    for (const item of nav.hides) await expect(navigation.getByRole("link", { name: item })).toHaveCount(0);
  });
}

test("a wrong password shows the error and stays on the sign-in page", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("邮箱").fill(ACCOUNTS.inspector);
  await page.getByLabel("密码").fill("not-the-password");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByText("邮箱或密码不正确")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("console pages send a signed-out visitor to the sign-in page", async ({ page }) => {
  await page.goto("/departments");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("button", { name: "登录" })).toBeVisible();
});

test("the UI is Chinese even when the browser asks for English", async ({ page }) => {
  await page.setExtraHTTPHeaders({ "Accept-Language": "en-US,en;q=0.9" });
  await page.goto("/login");
  await expect(page.getByRole("button", { name: "登录" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
});
