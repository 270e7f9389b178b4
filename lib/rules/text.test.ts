import { describe, expect, it } from "vitest";

import { normalizeText, readNumber } from "./text";

describe("normalizeText: one reading of report text for every text rule", () => {
  it("drops spaces around Chinese text and numbers, keeps one between Latin words", () => {
    expect(normalizeText("示范区教育局 2021 年政府信息公开工作年度报告")).toBe(
      "示范区教育局2021年政府信息公开工作年度报告",
    );
    expect(normalizeText("全县共受理申请　749　件")).toBe("全县共受理申请749件");
    expect(normalizeText("登录 Open Data 平台")).toBe("登录Open Data平台");
  });

  it("turns full-width digits, letters, ％ and ． into ASCII, keeping Chinese punctuation", () => {
    expect(normalizeText("收到申请９件，占１２．５％。ＡＢＣ")).toBe("收到申请9件，占12.5%。ABC");
  });

  it("joins a line broken inside a phrase, keeps breaks after a sentence end or before a heading", () => {
    expect(normalizeText("其中，予以公开及部\n分公开 208 件。\n（二）依申请公开\n全年收到申请")).toBe(
      "其中，予以公开及部分公开208件。\n（二）依申请公开\n全年收到申请",
    );
    expect(normalizeText("办结 1191 件（含\r\n上年结转 189 件）")).toBe("办结1191件（含上年结转189件）");
  });

  it("drops thousands separators", () => {
    expect(normalizeText("受理申请 1,295 件")).toBe("受理申请1295件");
  });
});

describe("readNumber: numbers as offices write them", () => {
  it.each([
    ["9", 9],
    ["12.5", 12.5],
    ["九", 9],
    ["十", 10],
    ["二十三", 23],
    ["一百零五", 105],
    ["两", 2],
    ["两千", 2000],
    ["三万零五", 30005],
    ["〇", 0],
    ["零", 0],
    ["捌拾", 80],
    ["壹佰零伍", 105],
    ["贰仟叁佰", 2300],
    ["叁萬", 30000],
  ])("%s → %d", (text, value) => {
    expect(readNumber(text)).toBe(value);
  });

  it("is NaN for what is not a number", () => {
    expect(readNumber("九a")).toBeNaN();
    expect(readNumber("")).toBeNaN();
  });
});
