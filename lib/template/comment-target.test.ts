import { describe, expect, it } from "vitest";

import {
  cellTarget,
  commentTargetLabel,
  invalidCommentTargetMessage,
  isCommentTargetIn,
  parseCommentTarget,
  sectionTarget,
} from "./comment-target";
import { getTemplate } from "./index";

describe("comment targets", () => {
  const template = getTemplate(2021);

  it("writes and reads cell and section targets", () => {
    expect(cellTarget("t3.granted.natural_person")).toBe("cell:t3.granted.natural_person");
    expect(sectionTarget("details")).toBe("section:details");
    expect(parseCommentTarget("cell:t3.granted.total")).toEqual({ kind: "cell", id: "t3.granted.total" });
    expect(parseCommentTarget("section:s1")).toEqual({ kind: "section", id: "s1" });
    for (const bad of ["", "cell", "cell:", "row:s1", "s1"]) expect(parseCommentTarget(bad), bad).toBeNull();
  });

  it("accepts only places of the template", () => {
    expect(isCommentTargetIn(template, "cell:t3.granted.natural_person")).toBe(true);
    expect(isCommentTargetIn(template, "section:details")).toBe(true);
    expect(isCommentTargetIn(template, "section:s6")).toBe(true);
    expect(isCommentTargetIn(template, "cell:t2.procurement.amount")).toBe(false);
    expect(isCommentTargetIn(template, "section:s7")).toBe(false);
    expect(isCommentTargetIn(template, "section:t3.granted.total")).toBe(false);
  });

  it("labels a target as a person reads it, or shows it as stored", () => {
    expect(commentTargetLabel(template, "cell:t3.granted.natural_person")).toBe("表三“（一）予以公开”自然人");
    expect(commentTargetLabel(template, "section:s1")).toBe("一、总体情况");
    expect(commentTargetLabel(template, "section:details")).toBe("报告信息");
    expect(commentTargetLabel(template, "cell:t9.nothing")).toBe("cell:t9.nothing");
    expect(commentTargetLabel(template, "elsewhere")).toBe("elsewhere");
  });

  it("refuses a bad target saying what a valid one looks like, and suggests the prefix for a bare id", () => {
    const bare = invalidCommentTargetMessage(template, "s1");
    expect(bare).toMatch(/^批注位置无效：“s1”（是否指 section:s1？）。批注位置应写作 section:部分编号/);
    expect(bare).toContain("cell:单元格编号（如 cell:t3.new_received.natural_person）");
    expect(invalidCommentTargetMessage(template, "t3.new_received.natural_person")).toContain(
      "（是否指 cell:t3.new_received.natural_person？）",
    );
    expect(invalidCommentTargetMessage(template, "elsewhere")).toMatch(/^批注位置无效：“elsewhere”。/);
  });
});
