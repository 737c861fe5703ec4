import { describe, expect, it } from "vitest";
import { rateReportInput, reportFields, submitReportInput } from "./report-input";

const valid = { city: "jiayuguan", category: "环境卫生", description: "路边垃圾桶满溢多日", street: "雄关街道", address: "新华路 12 号门前" };
const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

describe("report fields", () => {
  it("takes a report as a multipart form sends it: text for numbers, blanks for what was left out", () => {
    const parsed = reportFields.parse({ ...valid, latitude: "39.8", longitude: " ", contact: "", website: "" });
    expect(parsed).toMatchObject({ ...valid, latitude: 39.8, longitude: null, contact: null });
    expect(parsed.website).toBeUndefined();
  });

  it("names every problem on its field, in Chinese", () => {
    const result = reportFields.safeParse({ city: "", category: "", description: "脏", street: " ", address: "", latitude: "91", longitude: "abc" });
    expect(errorsOf(result)).toEqual({
      city: "请选择城市",
      category: "请选择问题类别",
      description: "请至少用 5 个字描述看到的问题",
      street: "请填写所在街道",
      address: "请填写具体地点",
      latitude: "纬度应为 -90 到 90 之间的数",
      longitude: "经度应为 -180 到 180 之间的数",
    });
  });

  it("takes a phone number or an email as the contact, nothing else", () => {
    for (const contact of ["13800138000", "+86 138-0013-8000", "0937-6221234", "resident@example.cn"]) {
      expect(reportFields.safeParse({ ...valid, contact }).success, contact).toBe(true);
    }
    for (const contact of ["call me", "12", "<script>", "a@b"]) {
      expect(errorsOf(reportFields.safeParse({ ...valid, contact })), contact).toEqual({ contact: "请填写手机号码或电子邮箱，或留空" });
    }
  });

  it("refuses a form whose hidden honeypot was filled in (a robot), and takes it empty or absent", () => {
    expect(errorsOf(reportFields.safeParse({ ...valid, website: "http://spam.example" }))).toEqual({ website: "此项须留空" });
    expect(reportFields.safeParse({ ...valid, website: "" }).success).toBe(true);
    expect(reportFields.safeParse(valid).success).toBe(true);
  });

  it("takes at most six photos", () => {
    const photo = { name: "a.jpg", bytes: new Uint8Array([1]) };
    expect(submitReportInput.safeParse({ ...valid, photos: Array(6).fill(photo) }).success).toBe(true);
    expect(errorsOf(submitReportInput.safeParse({ ...valid, photos: Array(7).fill(photo) }))).toHaveProperty("photos");
  });
});

describe("rating", () => {
  it("normalizes the code and needs satisfied as a boolean", () => {
    expect(rateReportInput.parse({ code: " sp-2026-7k3q9", satisfied: false, comment: " " })).toEqual({
      code: "SP-2026-7K3Q9",
      satisfied: false,
      comment: null,
    });
    expect(errorsOf(rateReportInput.safeParse({ code: "nope", satisfied: "yes" }))).toEqual({
      code: "查询码格式应为 SP-年份-五位字母数字",
      satisfied: "请选择满意或不满意",
    });
  });
});
