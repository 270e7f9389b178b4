import { describe, expect, it } from "vitest";

import {
  cellTarget,
  commentTargetLabel,
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
});
