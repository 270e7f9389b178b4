import { describe, expect, it } from "vitest";

import { deadlineNoticeDue, reminderMessage, statusChangeMessage } from "./kinds";

describe("期限临近: which notice is due", () => {
  it.each([
    [30, null],
    [8, null],
    [7, 7],
    [2, 7],
    [1, 1],
    [0, 1],
    [-1, null],
  ])("%i days left → %s", (daysLeft, due) => {
    expect(deadlineNoticeDue(daysLeft)).toBe(due);
  });
});

describe("message texts", () => {
  it("a 退回 carries the reviewer's comment; changes without a message give none", () => {
    const facts = { officeName: "区教育局", year: 2025, actorName: "审核人", comment: "表三有误" };
    expect(statusChangeMessage("return", facts)).toMatchObject({
      kind: "returned",
      title: "年报被退回修改：区教育局 2025 年度政府信息公开工作年度报告",
    });
    expect(statusChangeMessage("return", facts)?.body).toContain("审核意见：表三有误");
    expect(statusChangeMessage("publish", { ...facts, edition: 2 })?.body).toContain("（第 2 版）");
    expect(statusChangeMessage("publish", { ...facts, edition: 1 })?.body).not.toContain("版）");
    expect(statusChangeMessage("submit", facts)).toBeNull();
    expect(statusChangeMessage("save", facts)).toBeNull();
  });

  it("an approval below the last level names the level passed and the level due, never 审核通过", () => {
    const facts = { officeName: "区教育局", year: 2025, actorName: "科长" };
    const first = statusChangeMessage("approve", {
      ...facts,
      level: { number: 1, name: "科室审核" },
      nextLevel: { number: 2, name: "分管领导" },
    });
    expect(first).toMatchObject({
      kind: "levelApproved",
      title:
        "年报第 1 级“科室审核”已通过，待第 2 级“分管领导”审核：区教育局 2025 年度政府信息公开工作年度报告",
    });
    expect(`${first?.title}${first?.body}`).not.toContain("审核通过");
    expect(
      statusChangeMessage("approve", { ...facts, level: { number: 3, name: "主要领导" } }),
    ).toMatchObject({
      kind: "approved",
      title: "年报审核通过：区教育局 2025 年度政府信息公开工作年度报告",
    });
  });

  it("a 催报 names the deadline and adds the note only when written", () => {
    const base = {
      officeName: "区教育局",
      year: 2025,
      actorName: "审核人",
      deadlineLabel: "2026年1月31日",
      daysLeft: 0,
    };
    expect(reminderMessage(base).body).toBe("审核人提醒您填报并提交年报，发布期限为2026年1月31日。");
    expect(reminderMessage(base).title).not.toContain("逾期");
    expect(reminderMessage({ ...base, note: "周五前" }).body).toContain("\n附言：周五前");
  });

  it("a 催报 after the deadline says it has passed and by how many days", () => {
    const late = reminderMessage({
      officeName: "区教育局",
      year: 2025,
      actorName: "审核人",
      deadlineLabel: "2026年1月31日",
      daysLeft: -3,
      note: "今天内",
    });
    expect(late.title).toBe("催报：已逾期，请尽快填报 区教育局 2025 年度政府信息公开工作年度报告");
    expect(late.body).toBe(
      "审核人提醒您填报并提交年报：发布期限2026年1月31日已过，已逾期 3 天。\n附言：今天内",
    );
  });
});
