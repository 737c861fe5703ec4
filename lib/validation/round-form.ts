import { businessDateSchema } from "@/lib/validation/primitives";
import { roundSampleInput } from "@/lib/validation/rounds";
import { z } from "@/lib/validation/zod";

// What the office's 新建督查 form reads from the server: its choices and the preview of a draw.

export type RoundFormSite = { id: string; code: string; name: string; street: string | null; siteType: string };

export type RoundFormOptions = {
  sites: RoundFormSite[];
  siteTypes: string[];
  streets: string[];
  inspectors: { id: string; name: string }[];
  deskCriteria: { code: string; title: string; method: string }[];
};

export const roundDrawPreviewInput = z.object({
  sample: roundSampleInput.refine((sample) => sample.perType !== undefined, { path: ["perType"], message: "请填写每类点位抽取的个数" }),
  periodEnd: businessDateSchema.optional(),
});
export type RoundDrawPreviewInput = z.input<typeof roundDrawPreviewInput>;

export type RoundDrawPreview = { sites: RoundFormSite[] };
