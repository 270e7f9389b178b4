import { describe, expect, it } from "vitest";

import { getTemplate } from "@/lib/template";

import {
  EVENT_ACTIONS,
  EVENT_LABELS,
  checkedEvent,
  parseStoredEvent,
  statusChangeEvent,
  type TReportEvent,
} from "./events";
import { eventLabel, summarizeEvent } from "./event-summary";
import { WORKFLOW_ACTIONS } from "./transitions";

const explanation = { key: "C-03|s6", ruleId: "C-03", message: "未说明信息处理费", explanation: "未收费。" };

describe("report events", () => {
  it("names every action once, status changes included", () => {
    expect(new Set(EVENT_ACTIONS).size).toBe(EVENT_ACTIONS.length);
    for (const action of WORKFLOW_ACTIONS) expect(EVENT_ACTIONS).toContain(action);
    expect(Object.keys(EVENT_LABELS).sort()).toEqual([...EVENT_ACTIONS].sort());
  });

  it("reads stored rows back as typed events", () => {
    expect(parseStoredEvent("save", { version: 3 })).toEqual({ action: "save", detail: { version: 3 } });
    expect(parseStoredEvent("return", { from: "SUBMITTED", to: "RETURNED", comment: "请核对表三" })).toEqual({
      action: "return",
      detail: { from: "SUBMITTED", to: "RETURNED", comment: "请核对表三" },
    });
    const submit = parseStoredEvent("submit", { from: "DRAFT", to: "SUBMITTED", document: { year: 2025 } });
    expect(submit).toEqual({
      action: "submit",
      detail: { from: "DRAFT", to: "SUBMITTED", explanations: [], document: { year: 2025 } },
    });
  });

  it("keeps unknown or malformed rows by their stored name instead of failing", () => {
    const legacy = parseStoredEvent("SUBMIT", { from: "DRAFT", to: "SUBMITTED" });
    expect(legacy).toEqual({ action: "unknown", stored: "SUBMIT" });
    expect(eventLabel(legacy)).toBe("SUBMIT");
    // Names of object members are stored names like any other, never a member of the label table.
    for (const stored of ["toString", "constructor", "__proto__", "hasOwnProperty"])
      expect(eventLabel(parseStoredEvent(stored, {}))).toBe(stored);
    expect(summarizeEvent(legacy)).toBe("");
    const malformed = parseStoredEvent("return", null);
    expect(eventLabel(malformed)).toBe("退回");
    expect(summarizeEvent(malformed)).toBe("");
  });

  it.each<[TReportEvent, string, string]>([
    [{ action: "create", detail: { year: 2025 } }, "新建", ""],
    [{ action: "save", detail: { version: 7 } }, "保存", "第 7 版"],
    [
      { action: "save", detail: { version: 12, from: 3, saves: 10 } },
      "保存",
      "第 3–12 版；本次编辑保存 10 次",
    ],
    [
      {
        action: "submit",
        detail: { from: "DRAFT", to: "SUBMITTED", explanations: [explanation], document: {} },
      },
      "提交审核",
      "草稿 → 待审核；警告说明 1 条",
    ],
    [
      { action: "submit", detail: { from: "RETURNED", to: "SUBMITTED", explanations: [], document: {} } },
      "提交审核",
      "已退回 → 待审核",
    ],
    [
      { action: "return", detail: { from: "SUBMITTED", to: "RETURNED", comment: "表三不平" } },
      "退回",
      "待审核 → 已退回；表三不平",
    ],
    [
      { action: "approve", detail: { from: "SUBMITTED", to: "APPROVED", comment: "" } },
      "审核通过",
      "待审核 → 已通过",
    ],
    [
      { action: "approve", detail: { from: "SUBMITTED", to: "APPROVED", comment: "数据已核对" } },
      "审核通过",
      "待审核 → 已通过；审核意见：数据已核对",
    ],
    [{ action: "withdraw", detail: { from: "SUBMITTED", to: "DRAFT" } }, "撤回提交", "待审核 → 草稿"],
    [{ action: "delete", detail: { year: 2025 } }, "删除草稿", "2025年度草稿已删除"],
    [
      { action: "publish", detail: { from: "APPROVED", to: "PUBLISHED", edition: 2, docxSha256: "ab" } },
      "发布",
      "已通过 → 已发布；发布第 2 版",
    ],
    [
      { action: "correct", detail: { from: "PUBLISHED", to: "DRAFT", note: "更正表二" } },
      "开始更正",
      "已发布 → 草稿；更正表二",
    ],
    [{ action: "comment", detail: { target: "section:s1", body: "请补充" } }, "批注", "请补充；section:s1"],
    [{ action: "resolve-comment", detail: { commentId: "c1" } }, "批注已解决", ""],
    [{ action: "accept-warning", detail: { key: "C-03|s6", reason: "确无收费" } }, "接受警告", "确无收费"],
  ])("labels and summarises %j", (event, label, summary) => {
    expect(eventLabel(event)).toBe(label);
    expect(summarizeEvent(event)).toBe(summary);
  });

  it("names a comment's place with the report's template", () => {
    const comment = {
      action: "comment" as const,
      detail: { target: "cell:t3.granted.natural_person", body: "请核对" },
    };
    expect(summarizeEvent(comment, getTemplate(2021))).toBe("请核对；表三“（一）予以公开”自然人");
    expect(
      summarizeEvent({ ...comment, detail: { target: "section:s1", body: "请补充" } }, getTemplate(2021)),
    ).toBe("请补充；一、总体情况");
  });

  it("completes a status change with the facts known when it is written, and checks it", () => {
    expect(
      statusChangeEvent(
        { action: "publish", detail: {} },
        { from: "APPROVED", to: "PUBLISHED", edition: 1, docxSha256: "ff" },
      ),
    ).toEqual({
      action: "publish",
      detail: { from: "APPROVED", to: "PUBLISHED", edition: 1, docxSha256: "ff" },
    });
    expect(() =>
      statusChangeEvent({ action: "publish", detail: {} }, { from: "APPROVED", to: "PUBLISHED" }),
    ).toThrow();
    expect(() => checkedEvent({ action: "save", detail: { version: 1.5 } })).toThrow();
  });
});

describe("history places in Chinese", () => {
  const template = getTemplate(2021);
  it("names comment targets, resolved comments and accepted warnings by the template's labels", () => {
    const texts = [
      summarizeEvent({ action: "comment", detail: { target: "section:s5", body: "请补充" } }, template),
      summarizeEvent(
        { action: "comment", detail: { target: "cell:t3.unable_not_held.natural_person", body: "核对" } },
        template,
      ),
      summarizeEvent(
        { action: "resolve-comment", detail: { commentId: "c1" } },
        template,
        new Map([["c1", "cell:t3.granted.natural_person"]]),
      ),
      summarizeEvent(
        { action: "accept-warning", detail: { key: "X-01|s1|t3.new_received.total", reason: "已核实" } },
        template,
      ),
      summarizeEvent({ action: "accept-warning", detail: { key: "C-03|s6", reason: "确无收费" } }, template),
    ];
    expect(texts).toEqual([
      "请补充；五、存在的主要问题及改进情况",
      "核对；表三“（四）无法提供 1.本机关不掌握相关政府信息”自然人",
      "表三“（一）予以公开”自然人",
      "表三“一、本年新收政府信息公开申请数量”总计；已核实",
      "六、其他需要报告的事项；确无收费",
    ]);
    for (const text of texts) expect(text).not.toMatch(/section:|cell:|t3\.|s\d\b/);
  });
});
