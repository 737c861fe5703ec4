import type { Page } from "@playwright/test";

type Violation = { url: string; what: string };

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * Collects, for one page (tab), every CSP violation the browser reports, both as the
 * securitypolicyviolation event (injected before any page script runs; Playwright's init script
 * is not subject to the page's CSP) and as console messages, plus uncaught page errors.
 */
export async function watchForViolations(page: Page): Promise<{ collect: () => Promise<Violation[]> }> {
  const seen: Violation[] = [];
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__cspViolations!.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
      );
    });
  });
  page.on("console", (message) => {
    if (/content security policy/i.test(message.text())) seen.push({ url: page.url(), what: `console: ${message.text()}` });
  });
  page.on("pageerror", (error) => seen.push({ url: page.url(), what: `page error: ${error.message}` }));
  return {
    async collect() {
      const reported = await page.evaluate(() => window.__cspViolations ?? []).catch(() => [] as string[]);
      const all = [...seen, ...reported.map((what) => ({ url: page.url(), what }))];
      seen.length = 0;
      await page.evaluate(() => (window.__cspViolations = [])).catch(() => undefined);
      return all;
    },
  };
}
