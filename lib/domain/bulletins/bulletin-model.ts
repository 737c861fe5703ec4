// A bulletin (通报) as a format-free document: the red heading, the title block, numbered sections of
// paragraphs, tables and findings, then the issuing office and date. The .docx and the HTML page are two
// renderings of one Bulletin, so both always say the same thing.

export type BulletinVariant = "OFFICIAL" | "PUBLIC";

export type BulletinPhoto = { data: Uint8Array; width: number; height: number };

/** One of the round's worst findings as read when publishing (the official variant keeps notes, names and photos). */
export type BulletinFinding = {
  criterion: string;
  site: string | null;
  department: string;
  /** Points the check lost judged alone, 2 places. */
  pointsLost: string;
  /** YYYY-MM-DD (Shanghai) */
  checkedOn: string;
  description: string | null;
  note: string | null;
  inspector: string | null;
  photo: BulletinPhoto | null;
};

export type BulletinTable = { columns: { title: string; width: number; align?: "center" | "left" }[]; rows: string[][] };

export type BulletinBlock =
  | { kind: "paragraph"; text: string; label?: string }
  | { kind: "subheading"; text: string }
  | { kind: "table"; table: BulletinTable }
  | { kind: "findings"; findings: BulletinFinding[] };

export type BulletinSection = { heading: string; blocks: BulletinBlock[] };

export type Bulletin = {
  variant: BulletinVariant;
  /** 红头: the issuing office, printed red above the rule. */
  issuer: string;
  /** 2026年第12期 */
  issue: string;
  title: string;
  /** 本期更正… when the publication corrects another. */
  correction: string | null;
  summary: string | null;
  sections: BulletinSection[];
  /** YYYY-MM-DD, the Shanghai date of publishing. */
  date: string;
};

export const SECTION_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
