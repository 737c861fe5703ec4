import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../e2e/accounts";

/**
 * Signs in through the Chinese sign-in form, as a person does (never the browser tests' saved
 * sessions). The form is a client component that calls next-auth from the browser, so arriving
 * on the dashboard also proves the sign-in page hydrated under its CSP.
 */
export async function signInThroughForm(page: Page, email: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("邮箱").fill(email);
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}
