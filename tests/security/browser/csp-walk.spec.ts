import { expect, test, type Browser } from "@playwright/test";
import { ACCOUNTS } from "../../e2e/accounts";
import { concretePath, consoleRoutePatterns, demoIds } from "./console-pages";
import { watchForViolations } from "./csp-violations";
import { signInThroughForm } from "./sign-in-through-form";

// Issue 7 §5: with the CSP on, every console page, the sign-in page and the public pages load and
// hydrate without a single CSP violation or page error, for the system admin and the city office.

let paths: string[];

async function findPaths(browser: Browser): Promise<string[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInThroughForm(page, ACCOUNTS.office);
  const ids = await demoIds(page.request);
  await page.goto(`/departments/${ids["/departments/[id]/criteria"]}/criteria`);
  const trendHref = await page.locator('a[href^="/criteria/"][href$="/trend"]').first().getAttribute("href");
  const criterionId = trendHref?.split("/")[2];
  await context.close();
  return consoleRoutePatterns().map((pattern) => concretePath(pattern, ids, criterionId));
}

test.beforeAll(async ({ browser }) => {
  paths = await findPaths(browser);
  expect(paths).toContain("/dashboard");
  expect(paths.length).toBeGreaterThanOrEqual(20);
});

for (const account of ["office", "admin"] as const) {
  test(`${account}: every console page loads under the CSP without a violation`, async ({ page }) => {
    test.setTimeout(180_000);
    const watch = await watchForViolations(page);
    await signInThroughForm(page, ACCOUNTS[account]);
    const found: { url: string; what: string }[] = [...(await watch.collect())];
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBeLessThan(500);
      expect(response?.headers()["content-security-policy"], path).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
      await page.waitForLoadState("networkidle");
      found.push(...(await watch.collect()));
    }
    expect(found).toEqual([]);
  });
}

test("the office's console hydrates: a client-side form opens in place", async ({ page }) => {
  const watch = await watchForViolations(page);
  await signInThroughForm(page, ACCOUNTS.office);
  await page.goto("/departments");
  await page.getByRole("button", { name: "新建单位" }).click();
  await expect(page.getByLabel("单位名称")).toBeVisible();
  expect(await watch.collect()).toEqual([]);
});

test("the sign-in page, the public pages and the not-found page load without a violation, signed out", async ({ page }) => {
  const watch = await watchForViolations(page);
  await page.goto("/");
  const cityLink = page.locator('a[href^="/cities/"]').first();
  await expect(cityLink).toBeVisible();
  const cityPath = (await cityLink.getAttribute("href"))!;
  const found = [...(await watch.collect())];
  for (const path of ["/login", cityPath, "/cities/no-such-city", "/report/SP-2026-22222", "/dashboard"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(500);
    await page.waitForLoadState("networkidle");
    found.push(...(await watch.collect()));
  }
  // 文明随手拍: the form's proof of work runs in a Web Worker (worker-src 'self') to the end.
  await page.goto("/report");
  await expect(page.getByText("安全验证已完成，可以提交。")).toBeVisible({ timeout: 45_000 });
  found.push(...(await watch.collect()));
  await page.goto("/dashboard");
  // A console page sent a signed-out visitor to the sign-in page, which still works.
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await expect(page.getByRole("button", { name: "登录" })).toBeVisible();
  // Client-side navigation from the public home keeps working under the CSP.
  await page.goto("/");
  await page.locator('a[href^="/cities/"]').first().click();
  await expect(page).toHaveURL(new RegExp(`${cityPath}$`));
  found.push(...(await watch.collect()));
  expect(found).toEqual([]);
});
