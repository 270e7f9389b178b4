import { describe, expect, it } from "vitest";

import { quotedPhraseRange, quotedPhrases } from "./quoted-phrase";

describe("quoted phrases of a finding", () => {
  it("takes the excerpt marks off and tries the longest phrase first", () => {
    expect(quotedPhrases("“一、总体情况”正文“…未发生行政诉讼败诉…”称未发生纠错（败诉）")).toEqual([
      "未发生行政诉讼败诉",
      "一、总体情况",
    ]);
    expect(quotedPhrases("没有引号")).toEqual([]);
  });

  it("finds the phrase in the narrative, or null", () => {
    const text = "（五）监督保障\n本年度未发生行政诉讼败诉。";
    const range = quotedPhraseRange("“一、总体情况”正文“…未发生行政诉讼败诉…”称未发生纠错（败诉）", text);
    expect(range).not.toBeNull();
    expect(text.slice(...(range as [number, number]))).toBe("未发生行政诉讼败诉");
    expect(quotedPhraseRange("正文“…未收到申请…”", text)).toBeNull();
  });
});
