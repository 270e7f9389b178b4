import { describe, expect, it } from "vitest";

import { loadExample } from "@/lib/report/testing/fixtures";

import { importFile, importText } from "./import-report";

const report = loadExample("zhangdian2023");
// A narrative with linked values (issue 13): the markers must survive the round trip.
const linked = {
  ...report,
  narrative: {
    ...report.narrative,
    s3: "本年度收到申请{{值:t3.new_received.total|1}}件，均为法人或其他组织申请。",
  },
};

describe("importing a 年报通 interchange document", () => {
  it("keeps the document as it is, linked-value markers included, from pasted text and from a file", async () => {
    const json = JSON.stringify(linked, null, 2);
    const pasted = importText(json);
    const file = await importFile(Buffer.from(`\uFEFF${json}`, "utf8"));
    for (const outcome of [pasted, file]) {
      if (!outcome.ok) throw new Error(outcome.error);
      expect(outcome.result.source.kind).toBe("json");
      expect(outcome.result.document.narrative.s3).toBe(linked.narrative.s3);
      expect(outcome.result.document.cells).toEqual(linked.cells);
      expect(outcome.result.problems).toEqual([]);
      expect(outcome.result.provenance["t3.new_received.commercial"]).toMatchObject({
        raw: "1",
        how: "read",
      });
    }
  });

  it("drops the `import` member an earlier `report import` wrote", () => {
    const outcome = importText(JSON.stringify({ ...linked, import: { source: "网页", problems: ["x"] } }));
    if (!outcome.ok) throw new Error(outcome.error);
    expect("import" in outcome.result.document).toBe(false);
  });

  it("refuses an interchange document that breaks the schema, in Chinese; other JSON is not taken for one", () => {
    const bad = importText(JSON.stringify({ ...linked, year: "二〇二三" }));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/^交换格式文件不符合格式/);
    const other = importText(JSON.stringify({ title: "2023年政府信息公开工作年度报告", cells: [4, 5, 2] }));
    expect(other.ok && other.result.source.kind).not.toBe("json");
  });
});
