import { describe, expect, it } from "vitest";
import {
  parseCode,
  parseLead,
  parseMethod,
  parseNameList,
  parsePoints,
  parseRectificationDays,
  parseRubricKind,
  parseRubricParams,
  parseVeto,
} from "./criterion-fields";

const accepted = (value: unknown) => ({ ok: true, value });
const rejected = (message: RegExp) => ({ ok: false, message: expect.stringMatching(message) });

describe("criterion fields", () => {
  it("points: a positive decimal with at most 4 places, kept exact", () => {
    expect(parsePoints(4)).toEqual(accepted("4"));
    expect(parsePoints("0.1")).toEqual(accepted("0.1"));
    expect(parsePoints(" 2.5000 ")).toEqual(accepted("2.5"));
    expect(parsePoints(null)).toEqual(rejected(/分值不能为空/));
    expect(parsePoints(0)).toEqual(rejected(/须为大于 0 的数/));
    expect(parsePoints("-1")).toEqual(rejected(/须为大于 0 的数/));
    expect(parsePoints("四分")).toEqual(rejected(/不是数字/));
    expect(parsePoints(0.12345)).toEqual(rejected(/最多保留 4 位小数/));
  });

  it("method and rubric kind: the Chinese word or the code", () => {
    expect(parseMethod("实地考察")).toEqual(accepted("FIELD"));
    expect(parseMethod("online")).toEqual(accepted("ONLINE"));
    expect(parseMethod("现场")).toEqual(rejected(/未知的测评方法“现场”，应为 实地考察、材料审核、问卷调查、网上申报、数据比对 之一/));
    expect(parseMethod("")).toEqual(rejected(/请填写测评方法/));
    expect(parseRubricKind("数值达标")).toEqual(accepted("THRESHOLD"));
    expect(parseRubricKind("PASS_FAIL")).toEqual(accepted("PASS_FAIL"));
    expect(parseRubricKind("百分制")).toEqual(rejected(/未知的评分规则“百分制”/));
  });

  it("rubric parameters: text from a cell, a map from YAML", () => {
    expect(parseRubricParams("DEDUCT")("perFinding=0.5; cap=4")).toEqual(accepted({ perFinding: 0.5, cap: 4 }));
    expect(parseRubricParams("DEDUCT")({ perFinding: 0.5 })).toEqual(accepted({ perFinding: 0.5 }));
    expect(parseRubricParams("PASS_FAIL")(null)).toEqual(accepted({}));
    expect(parseRubricParams("DEDUCT")(3)).toEqual(rejected(/规则参数应写成 名称=数值/));
  });

  it("names: separated by 、 , ， in a cell, or a list", () => {
    expect(parseNameList("配合单位")("市公安局、市城管局,团市委，各街道办事处")).toEqual(accepted(["市公安局", "市城管局", "团市委", "各街道办事处"]));
    expect(parseNameList("点位类型")(["小区", " 公园 "])).toEqual(accepted(["小区", "公园"]));
    expect(parseNameList("点位类型")(null)).toEqual(accepted([]));
    expect(parseNameList("点位类型")({ a: 1 })).toEqual(rejected(/点位类型应为名称/));
    expect(parseLead("市城管局")).toEqual(accepted("市城管局"));
    expect(parseLead("")).toEqual(accepted(null));
    expect(parseLead("市城管局、市住建局")).toEqual(rejected(/牵头单位只能填写一个单位/));
  });

  it("veto: 是 / 否 / blank, or a boolean", () => {
    expect(parseVeto("是")).toEqual(accepted(true));
    expect(parseVeto("否")).toEqual(accepted(false));
    expect(parseVeto(null)).toEqual(accepted(false));
    expect(parseVeto(true)).toEqual(accepted(true));
    expect(parseVeto("Y")).toEqual(rejected(/一票否决应填写“是”或“否”（当前为“Y”）/));
  });

  it("rectification days: blank or 0 allowed, whole days, never negative", () => {
    expect(parseRectificationDays(null)).toEqual(accepted(null));
    expect(parseRectificationDays("")).toEqual(accepted(null));
    expect(parseRectificationDays(0)).toEqual(accepted(0));
    expect(parseRectificationDays("7")).toEqual(accepted(7));
    expect(parseRectificationDays(-3)).toEqual(rejected(/整改时限不能为负数/));
    expect(parseRectificationDays(2.5)).toEqual(rejected(/整改时限应为整天数/));
    expect(parseRectificationDays("七天")).toEqual(rejected(/整改时限应为整天数/));
  });

  it("codes: required, without spaces; a number typed in a cell is its text", () => {
    expect(parseCode("测评标准编码")(101)).toEqual(accepted("101"));
    expect(parseCode("测评标准编码")(" C01 ")).toEqual(accepted("C01"));
    expect(parseCode("测评标准编码")("C 01")).toEqual(rejected(/不能含空格/));
    expect(parseCode("测评标准编码")(null)).toEqual(rejected(/测评标准编码不能为空/));
  });
});
