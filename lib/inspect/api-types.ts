import type { RubricKindCode } from "@/lib/domain/indicators/labels";
import type { VisitStatus } from "@/lib/validation/checks";
import type { CheckOutcome } from "./queued-check";

// The JSON the phone reads from H5's rounds and checks API (contracts.md), only the fields it uses.

export type Named = { id: string; name: string };
export type Progress = { done: number; expected: number };

export type RoundItem = {
  id: string;
  name: string;
  kind: string;
  status: string;
  periodStart: string;
  periodEnd: string;
  siteCount: number;
  criterionCount: number;
  progress: Progress;
  version: number;
};

export type RoundSite = {
  site: { id: string; code: string; name: string; street: string | null; grid: string | null; address: string | null; siteType: Named };
  inspector: Named | null;
  progress: Progress;
};

export type RoundDetail = RoundItem & { sites: RoundSite[] };

export type Rubric = {
  kind: RubricKindCode;
  perFinding?: number | string;
  cap?: number | string;
  grades?: Record<string, number>;
  target?: number | string;
  direction?: "AT_LEAST" | "AT_MOST";
  unit?: string;
};

export type SavedCheckJson = {
  id: string;
  clientKey: string;
  visitStatus: VisitStatus;
  outcome: CheckOutcome | null;
  note: string | null;
  checkedAt: string;
  photos: { id: string; url: string; thumbnailUrl: string | null }[];
  inspector: Named;
  departments: (Named & { isPrimary: boolean })[];
  finding: { id: string; status: string } | null;
  version: number;
};

export type ChecklistItem = {
  criterion: { id: string; code: string; title: string; points: string | number; rubric: Rubric; standard: string | null };
  check: SavedCheckJson | null;
};

export type ListEnvelope<T> = { items: T[]; total: number; page: number; pageSize: number };
