import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

// Lighthouse 12's default run (a mobile phone, simulated slow 4G and CPU throttling) of performance
// and accessibility, through its node API and a headless Chromium (CHROME_PATH, else Debian's).
// A measurement: the scores are recorded, nothing is asserted.

export type LighthouseResult = {
  path: string;
  performance: number | null;
  accessibility: number | null;
  /** First and largest contentful paint, speed index, total blocking time (ms) and layout shift. */
  metrics: Record<"fcp" | "lcp" | "si" | "tbt" | "cls", number | null>;
  /** The accessibility audits that failed, by id, for whoever fixes them. */
  failedAccessibility: string[];
};

const METRICS = {
  fcp: "first-contentful-paint",
  lcp: "largest-contentful-paint",
  si: "speed-index",
  tbt: "total-blocking-time",
  cls: "cumulative-layout-shift",
} as const;

export async function runLighthouse(baseUrl: string, paths: readonly string[]): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
  });
  try {
    const results: LighthouseResult[] = [];
    for (const path of paths) {
      const run = await lighthouse(new URL(path, baseUrl).href, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility"],
      });
      if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { categories, audits } = run.lhr;
      const metric = (id: string) => audits[id]?.numericValue ?? null;
      const accessibilityIds = (categories.accessibility?.auditRefs ?? []).map((ref) => ref.id);
      results.push({
        path,
        performance: categories.performance?.score ?? null,
        accessibility: categories.accessibility?.score ?? null,
        metrics: { fcp: metric(METRICS.fcp), lcp: metric(METRICS.lcp), si: metric(METRICS.si), tbt: metric(METRICS.tbt), cls: metric(METRICS.cls) },
        failedAccessibility: accessibilityIds.filter((id) => audits[id]?.score === 0),
      });
    }
    return results;
  } finally {
    chrome.kill();
  }
}
