import { describe, expect, it } from "vitest";

import { loadExample, withCells } from "@/lib/report/testing/fixtures";
import { evaluateReport } from "@/lib/rules/evaluate";

// 张店经开区 2023: 表三 新收 1 (商业企业), (三) 不予公开 1, 予以公开 0.
const base = loadExample("zhangdian2023");
const withS3 = (s3: string) => ({ ...base, narrative: { ...base.narrative, s3 } });
const ruleIds = (s3: string, id: string) =>
  evaluateReport(withS3(s3)).filter((finding) => finding.ruleId === id);

describe("linked values are checked against the words around them (issue 13)", () => {
  it("a value linked to the right source passes; linked to the wrong source it is a warning", () => {
    expect(ruleIds("本年度收到政府信息公开申请{{值:t3.new_received.total|1}}件。", "X-01")).toEqual([]);
    const wrong = ruleIds("本年度收到政府信息公开申请{{值:t3.granted.total|0}}件。", "X-01");
    expect(wrong).toHaveLength(1);
    expect(wrong[0]?.message).toContain("可能关联错了来源");
    expect(wrong[0]?.fix).toBeUndefined();
  });

  it("a broken marker is an error naming the fragment; a whole one is not", () => {
    for (const broken of [
      "收到申请{{值:t3.new_received.total|1}件。",
      "收到申请{{值:t3.new_received.total}}件。",
      "收到申请{{值:坏的|1}}件。",
    ]) {
      const found = ruleIds(broken, "L-02");
      expect(found, broken).toHaveLength(1);
      expect(found[0]?.message).toContain("{{值:");
      expect(found[0]?.severity).toBe("error");
    }
    expect(ruleIds("收到申请{{值:t3.new_received.total|1}}件。", "L-02")).toEqual([]);
    expect(evaluateReport(withCells(base, {})).some((f) => f.ruleId === "L-02")).toBe(false);
  });
});
