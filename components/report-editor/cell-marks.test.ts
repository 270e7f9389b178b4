import { describe, expect, it } from "vitest";

import type { TFinding } from "@/lib/rules/evaluate";

import { computeCellMarks, type TMarkedComment } from "./cell-marks";

const finding = (over: Partial<TFinding> & Pick<TFinding, "severity" | "message" | "cells">): TFinding => ({
  ruleId: "rule",
  ...over,
});

const comment = (target: string, body: string, resolvedAt: string | null = null): TMarkedComment => ({
  target,
  body,
  authorName: "审核人",
  resolvedAt,
});

describe("computeCellMarks", () => {
  it("marks every cell a finding names, with its severity and message", () => {
    const marks = computeCellMarks(
      [finding({ severity: "warning", message: "表三合计不符", cells: ["t3.a.total", "t3.b.total"] })],
      [],
    );
    expect(marks.get("t3.a.total")).toEqual({
      severity: "warning",
      messages: "表三合计不符",
      blankOnly: false,
    });
    expect(marks.get("t3.b.total")).toEqual(marks.get("t3.a.total"));
    expect(marks.size).toBe(2);
  });

  it("keeps the worst severity and every message of a cell, in finding order", () => {
    const marks = computeCellMarks(
      [
        finding({ severity: "info", message: "提示", cells: ["c"] }),
        finding({ severity: "error", message: "错误", cells: ["c"] }),
        finding({ severity: "warning", message: "警告", cells: ["c"] }),
      ],
      [],
    );
    expect(marks.get("c")).toEqual({ severity: "error", messages: "提示\n错误\n警告", blankOnly: false });
  });

  it("is blank-only while every finding on the cell is “not filled in”", () => {
    const blank = finding({ severity: "error", message: "未填写", cells: ["c", "d"], problem: "blank" });
    const marks = computeCellMarks(
      [blank, finding({ severity: "error", message: "为负", cells: ["d"], problem: "negative" })],
      [],
    );
    expect(marks.get("c")?.blankOnly).toBe(true);
    expect(marks.get("d")?.blankOnly).toBe(false);
  });

  it("adds open cell comments; a cell with comments only is an info mark", () => {
    const marks = computeCellMarks(
      [],
      [
        comment("cell:c", "请核对"),
        comment("cell:c", "补充来源"),
        comment("cell:d", "已改", "2026-03-01T00:00:00.000Z"),
        comment("section:s3", "整体说明"),
      ],
    );
    expect(marks.get("c")).toEqual({
      severity: "info",
      messages: "",
      blankOnly: false,
      comment: "批注（审核人）：请核对\n批注（审核人）：补充来源",
      commentOnly: true,
    });
    expect(marks.has("d")).toBe(false);
    expect(marks.size).toBe(1);
  });

  it("lets findings take over a commented cell and keeps its comments", () => {
    const marks = computeCellMarks(
      [
        finding({ severity: "warning", message: "警告", cells: ["c"] }),
        finding({ severity: "error", message: "错误", cells: ["c"] }),
      ],
      [comment("cell:c", "请核对")],
    );
    expect(marks.get("c")).toEqual({
      severity: "error",
      messages: "警告\n错误",
      blankOnly: false,
      comment: "批注（审核人）：请核对",
      commentOnly: false,
    });
  });
});
