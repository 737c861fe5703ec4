import { blankToNull, multiLineText, singleLineText } from "@/lib/validation/primitives";
import { uploadedFiles } from "@/lib/validation/uploads";
import { z } from "@/lib/validation/zod";
import { normalizeTrackingCode } from "./tracking-code";

/** Photos one report may carry. */
export const MAX_REPORT_PHOTOS = 6;
/** The multipart field of the photos, in the form and in the API. */
export const REPORT_PHOTOS_FIELD = "photos";
/** The field a person never sees and a form-filling robot fills in. */
export const HONEYPOT_FIELD = "website";

const PHONE = /^\+?[0-9][0-9 -]{5,18}[0-9]$/;
const EMAIL = z.email();

const fromFormNumber = (value: unknown) => (typeof value === "string" ? (value.trim() === "" ? null : Number(value)) : value);
const coordinate = (limit: number, message: string) =>
  z.preprocess(fromFormNumber, z.number(message).finite(message).min(-limit, message).max(limit, message).nullish());

/**
 * What a resident fills in, checked the same way by the browser (before sending) and by the
 * server: the city by its slug and the category by its name (the public never sees internal ids).
 */
export const reportFields = z.object({
  city: singleLineText().min(1, "请选择城市").max(100, "请选择城市"),
  category: singleLineText().min(1, "请选择问题类别").max(100, "请选择问题类别"),
  description: multiLineText().min(5, "请至少用 5 个字描述看到的问题").max(1000, "描述不能超过 1000 个字"),
  street: singleLineText().min(1, "请填写所在街道").max(100, "街道不能超过 100 个字"),
  address: singleLineText().min(1, "请填写具体地点").max(200, "地点不能超过 200 个字"),
  latitude: coordinate(90, "纬度应为 -90 到 90 之间的数"),
  longitude: coordinate(180, "经度应为 -180 到 180 之间的数"),
  contact: blankToNull(
    singleLineText()
      .max(100, "联系方式不能超过 100 个字")
      .refine((value) => PHONE.test(value) || EMAIL.safeParse(value).success, "请填写手机号码或电子邮箱，或留空"),
  ),
  // Hidden from people (off screen, not announced, not in the tab order): anything in it was typed by a robot.
  [HONEYPOT_FIELD]: z
    .string()
    .max(0, "此项须留空")
    .optional()
    .transform(() => undefined),
});

/** The report as the server takes it: the fields, the ALTCHA proof (checked apart: 403) and the photos. */
export const submitReportInput = reportFields.extend({
  altcha: z.string().max(4096).optional(),
  photos: uploadedFiles({ max: MAX_REPORT_PHOTOS }),
});
export type SubmitReportInput = z.input<typeof submitReportInput>;

const trackingCode = z
  .string()
  .transform((value, ctx) => normalizeTrackingCode(value) ?? (ctx.addIssue({ code: "custom", message: "查询码格式应为 SP-年份-五位字母数字" }), z.NEVER));

/** A reporter's rating of the fix, once it is rectified. */
export const rateReportInput = z.object({
  code: trackingCode,
  satisfied: z.boolean("请选择满意或不满意"),
  comment: blankToNull(multiLineText().max(500, "评价不能超过 500 个字")),
});
export type RateReportInput = z.input<typeof rateReportInput>;
