// A site's code (点位编号) is burnt into check photos by sharp, and a fresh server has no CJK
// font: so ASCII letters, digits and dashes only, short enough for a watermark line.
export const SITE_CODE_PATTERN = /^[A-Za-z0-9-]{1,20}$/;
export const SITE_CODE_MESSAGE = "点位编号只能包含英文字母、数字和短横线（-），不超过 20 个字符";

const GENERATED = /^D-(\d+)$/;

export function isSiteCode(value: string): boolean {
  return SITE_CODE_PATTERN.test(value);
}

/** D-0001, D-0002 …; wider numbers keep their digits (D-12345). */
export function formatSiteCode(serial: number): string {
  return `D-${String(serial).padStart(4, "0")}`;
}

/** The next `count` generated codes after the highest D-number the city has, none of them taken. */
export function nextSiteCodes(existing: Iterable<string>, count: number): string[] {
  const taken = new Set<string>();
  let highest = 0;
  for (const code of existing) {
    taken.add(code.toUpperCase());
    const match = GENERATED.exec(code.toUpperCase());
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  const codes: string[] = [];
  for (let serial = highest + 1; codes.length < count; serial += 1) {
    const code = formatSiteCode(serial);
    if (!taken.has(code)) codes.push(code);
  }
  return codes;
}
