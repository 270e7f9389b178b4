import { describe, expect, it } from "vitest";

import { moveOfficeProblem } from "./move-office";

// 区政府办 at the top; 教育局 under it; 教育局·办公室 under 教育局; 卫健局 under 区政府办.
const TREE = [
  { id: "gov", parentId: null },
  { id: "edu", parentId: "gov" },
  { id: "edu-office", parentId: "edu" },
  { id: "health", parentId: "gov" },
];

describe("moving an office in the tree", () => {
  it("allows a move under any office that is not the office itself or below it", () => {
    expect(moveOfficeProblem(TREE, "edu", "health")).toBeNull();
    expect(moveOfficeProblem(TREE, "edu-office", "gov")).toBeNull();
    expect(moveOfficeProblem(TREE, "health", "edu-office")).toBeNull();
  });

  it("refuses the office itself and its descendants as the new parent, in Chinese", () => {
    expect(moveOfficeProblem(TREE, "edu", "edu")).toBe("机关不能作为自己的上级机关。");
    expect(moveOfficeProblem(TREE, "edu", "edu-office")).toBe("不能把机关移到它自己的下级机关之下。");
    expect(moveOfficeProblem(TREE, "gov", "edu-office")).toBe("不能把机关移到它自己的下级机关之下。");
  });

  it("refuses an unknown office or parent, and stops on a tree that already has a cycle", () => {
    expect(moveOfficeProblem(TREE, "nope", "gov")).toBe("机关不存在，请刷新页面。");
    expect(moveOfficeProblem(TREE, "edu", "nope")).toBe("上级机关不存在，请刷新页面后重新选择。");
    const broken = [...TREE, { id: "a", parentId: "b" }, { id: "b", parentId: "a" }];
    expect(moveOfficeProblem(broken, "edu", "a")).toBe("机关的上下级关系有循环，请联系管理员检查数据。");
  });
});
