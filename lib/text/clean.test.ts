import { describe, expect, it } from "vitest";

import { cleanDeep, cleanText, hasUnsavable, MAX_DEPTH, removedNotice, stripUnsavable } from "./clean";

describe("cleanText", () => {
  it("removes NUL and the other C0 controls but keeps tab, line feed and carriage return", () => {
    const c0 = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).join("");
    expect(cleanText(`甲${c0}乙`)).toEqual({ text: "甲\t\n\r乙", removed: 29 });
  });

  it("removes DEL and the C1 controls", () => {
    expect(cleanText("a\u007Fb\u0080c\u009Fd")).toEqual({ text: "abcd", removed: 3 });
  });

  it("removes lone surrogates, keeps proper pairs (emoji, CJK Extension B)", () => {
    expect(cleanText("\uD800前\uDC00后\uD83D")).toEqual({ text: "前后", removed: 3 });
    expect(cleanText("表情😀 𠮷")).toEqual({ text: "表情😀 𠮷", removed: 0 });
    expect(cleanText("\uDC00\uD800")).toEqual({ text: "", removed: 2 });
  });

  it("removes U+FFFE, U+FFFF and the other noncharacters", () => {
    expect(cleanText("一\uFFFE二\uFFFF三\uFDD0四\u{10FFFF}五\u{1FFFE}")).toEqual({
      text: "一二三四五",
      removed: 5,
    });
  });

  it("keeps ordinary text unchanged, including full-width forms and U+FFFD", () => {
    const text = "２０２５年度　依申请公开（件）\uFFFD";
    expect(cleanText(text)).toEqual({ text, removed: 0 });
    expect(hasUnsavable(text)).toBe(false);
    expect(hasUnsavable("a\u0000")).toBe(true);
    expect(stripUnsavable("a\u0000b")).toBe("ab");
  });
});

describe("cleanDeep", () => {
  it("cleans every string of a parsed body, keys included, and counts what it removed", () => {
    const body = JSON.parse(
      '{"narrative":{"s1":"说\\u0000明"},"cells":{"t\\u0001x":"1\\uffff"},"list":["\\ud800",2,null,true]}',
    ) as unknown;
    expect(cleanDeep(body)).toEqual({
      value: { narrative: { s1: "说明" }, cells: { tx: "1" }, list: ["", 2, null, true] },
      removed: 4,
    });
  });

  it("keeps a __proto__ key as data", () => {
    const body = JSON.parse('{"__proto__":{"polluted":"\\u0000yes"}}') as Record<string, unknown>;
    const { value } = cleanDeep(body);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(value, "__proto__")?.value).toEqual({ polluted: "yes" });
  });

  it("words the notice in Chinese, nothing for none", () => {
    expect(removedNotice(2)).toBe("已移除 2 个无法保存的控制字符");
    expect(removedNotice(0)).toBe("");
  });
});

describe("cleanDeep on a deeply nested body (tester2)", () => {
  it("refuses nesting beyond MAX_DEPTH with INVALID instead of overflowing the stack", () => {
    const deep = JSON.parse(`${"[".repeat(100_000)}${"]".repeat(100_000)}`) as unknown;
    expect(() => cleanDeep(deep)).toThrow(expect.objectContaining({ code: "INVALID" }));
    const objects = JSON.parse(`${'{"a":'.repeat(MAX_DEPTH + 5)}1${"}".repeat(MAX_DEPTH + 5)}`) as unknown;
    expect(() => cleanDeep(objects)).toThrow(/嵌套层数过多/);
  });

  it("takes nesting up to MAX_DEPTH", () => {
    const ok = JSON.parse(`${"[".repeat(MAX_DEPTH)}"a\\u0000"${"]".repeat(MAX_DEPTH)}`) as unknown;
    expect(cleanDeep(ok).removed).toBe(1);
  });
});
