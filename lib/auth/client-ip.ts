type HeaderBag = Record<string, string | string[] | undefined> | Headers;

/** The client address for throttling; the first X-Forwarded-For hop when behind a proxy. */
export function clientIp(headers: HeaderBag): string {
  const get = (name: string) => (headers instanceof Headers ? (headers.get(name) ?? undefined) : ([] as (string | undefined)[]).concat(headers[name])[0]);
  return get("x-forwarded-for")?.split(",")[0]?.trim() || get("x-real-ip") || "local";
}
