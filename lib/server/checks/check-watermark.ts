// Burnt into every check photo. ASCII only: a fresh server has no CJK font to draw with.
const NON_ASCII = /[^\x20-\x7e]/g;

export function checkWatermark(facts: {
  capturedAt?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  siteCode?: string | null;
  account: string;
}): string[] {
  const lines = [
    `TIME ${facts.capturedAt ?? new Date().toISOString()}`,
    ...(facts.latitude != null && facts.longitude != null ? [`GPS ${facts.latitude.toFixed(6)},${facts.longitude.toFixed(6)}`] : []),
    ...(facts.siteCode ? [`SITE ${facts.siteCode}`] : []),
    `BY ${facts.account}`,
  ];
  return lines.map((line) => line.replace(NON_ASCII, "?"));
}
