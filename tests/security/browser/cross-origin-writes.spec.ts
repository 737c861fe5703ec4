import { expect, test } from "@playwright/test";
import { ACCOUNTS } from "../../e2e/accounts";
import { ATTACKS, startAttackerSite } from "./attacker-site";
import { signInThroughForm } from "./sign-in-through-form";

// Probe 10 of issue 7 in a real browser: the office is signed in on http://localhost:PORT and
// visits a hostile page on another port of localhost (same-site: the browser sends the SameSite=Lax
// session cookie along) or on 127.0.0.2 (cross-site). Each page tries to create a department with
// a no-cors text/plain fetch or an auto-submitted form; none of them may exist afterwards.

let attacker: Awaited<ReturnType<typeof startAttackerSite>>;
test.beforeAll(async ({ baseURL }) => {
  attacker = await startAttackerSite(`${baseURL}/api/v1/departments`);
});
test.afterAll(async () => attacker?.close());

for (const site of [
  { kind: "same-site", host: "localhost" },
  { kind: "cross-site", host: "127.0.0.2" },
]) {
  test(`a ${site.kind} page cannot create a department with the office's session`, async ({ page, baseURL }) => {
    await signInThroughForm(page, ACCOUNTS.office);
    const prefix = `跨站写入${site.kind}${Date.now().toString(36)}`;
    const target = `${baseURL}/api/v1/departments`;
    for (const attack of ATTACKS) {
      const posted = page.waitForResponse((r) => r.url() === target && r.request().method() === "POST");
      await page.goto(`http://${site.host}:${attacker.port}/${attack}?name=${encodeURIComponent(`${prefix}-${attack}`)}`);
      const response = await posted;
      if (site.kind === "same-site") {
        // The browser did attach the session (Playwright sees a form navigation's request headers in
        // full, a no-cors fetch's only provisionally): the app itself refused the write.
        if (attack.startsWith("form-")) expect((await response.request().allHeaders()).cookie, attack).toContain("next-auth.session-token");
        expect(response.status(), attack).toBe(403);
      } else {
        expect([401, 403], attack).toContain(response.status());
      }
    }
    const list = await page.request.get(`/api/v1/departments?q=${encodeURIComponent(prefix)}&pageSize=500`);
    expect(list.status()).toBe(200);
    expect((await list.json()).total).toBe(0);
  });
}
