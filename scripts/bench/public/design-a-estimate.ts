// Design A of issue 10 (pages generated per publication) would serve every public page the way Next
// serves a prerendered page. The app has no prerendered page (the root layout reads the language
// cookie, so every route renders per request), so its cost is estimated from the bare Next.js app:
// what a prerendered page costs there beyond a static file, added to what the static page costs in
// this app (which already includes the proxy every page pays). Costs add per request: the inverse of
// a closed-loop throughput is the time one request holds the server.

export type Rates = { appStatic: number; bareStatic: number; barePrerendered: number };

/** Requests per second design A would reach in this app, by the estimate above; null without measurements. */
export function designAEstimate({ appStatic, bareStatic, barePrerendered }: Rates): number | null {
  if (!(appStatic > 0 && bareStatic > 0 && barePrerendered > 0)) return null;
  const perRequest = 1 / appStatic + Math.max(0, 1 / barePrerendered - 1 / bareStatic);
  return 1 / perRequest;
}
