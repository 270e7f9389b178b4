import { describe, expect, it } from "vitest";

import {
  fillerOffices,
  isAdmin,
  isReviewer,
  memberOfficeIds,
  officesUserMayAdminister,
  officesUserReviews,
  withDescendants,
} from "./office-scopes";
import type { TMembership, TSessionUser } from "./types";

// region ─┬─ education ── school
//         └─ health
// other
const OFFICES = [
  { id: "education", name: "教育局", parentId: "region" },
  { id: "health", name: "卫健局", parentId: "region" },
  { id: "other", name: "邻区", parentId: null },
  { id: "region", name: "区政府办", parentId: null },
  { id: "school", name: "学校", parentId: "education" },
];

const userWith = (...memberships: [TMembership["role"], string][]): TSessionUser => ({
  id: "u",
  username: "u",
  displayName: "u",
  memberships: memberships.map(([role, officeId]) => ({ officeId, officeName: `${officeId}名`, role })),
});

const ids = (offices: readonly { id: string }[]) => offices.map((office) => office.id);

describe("withDescendants", () => {
  it.each([
    [["region"], ["education", "health", "region", "school"]],
    [["education"], ["education", "school"]],
    [["school"], ["school"]],
    [
      ["other", "health"],
      ["health", "other"],
    ],
    [[], []],
    [["gone"], []],
  ])("below %j: %j, in the order given", (roots, expected) => {
    expect(ids(withDescendants(roots, OFFICES))).toEqual(expected);
  });

  it("stops on a cycle in the parent links", () => {
    const cycle = [
      { id: "a", parentId: "b" },
      { id: "b", parentId: "a" },
      { id: "c", parentId: null },
    ];
    expect(ids(withDescendants(["a"], cycle))).toEqual(["a", "b"]);
  });
});

describe("office scopes by role", () => {
  // role × office → 审核台, 管理, 我的年报 (member offices), 新建 (filler offices)
  it.each([
    ["FILLER", "education", [], [], ["education"], ["education"]],
    ["REVIEWER", "region", ["education", "health", "region", "school"], [], ["region"], []],
    ["REVIEWER", "education", ["education", "school"], [], ["education"], []],
    ["ADMIN", "region", [], ["education", "health", "region", "school"], ["region"], []],
    ["ADMIN", "other", [], ["other"], ["other"], []],
  ] as const)("%s of %s", (role, office, reviews, administers, members, fills) => {
    const user = userWith([role, office]);
    expect(ids(officesUserReviews(user, OFFICES))).toEqual(reviews);
    expect(ids(officesUserMayAdminister(user, OFFICES))).toEqual(administers);
    expect(memberOfficeIds(user)).toEqual(members);
    expect(ids(fillerOffices(user))).toEqual(fills);
    expect(isReviewer(user)).toBe(role === "REVIEWER");
    expect(isAdmin(user)).toBe(role === "ADMIN");
  });

  it("combines several roles, listing each office once", () => {
    const user = userWith(
      ["FILLER", "school"],
      ["REVIEWER", "education"],
      ["FILLER", "health"],
      ["ADMIN", "education"],
    );
    expect(memberOfficeIds(user)).toEqual(["school", "education", "health"]);
    expect(fillerOffices(user)).toEqual([
      { id: "school", name: "school名" },
      { id: "health", name: "health名" },
    ]);
    expect(ids(officesUserReviews(user, OFFICES))).toEqual(["education", "school"]);
    expect(ids(officesUserMayAdminister(user, OFFICES))).toEqual(["education", "school"]);
  });

  it("gives a user without roles nothing", () => {
    const user = userWith();
    expect(officesUserReviews(user, OFFICES)).toEqual([]);
    expect(officesUserMayAdminister(user, OFFICES)).toEqual([]);
    expect(memberOfficeIds(user)).toEqual([]);
    expect(isReviewer(user) || isAdmin(user)).toBe(false);
  });
});
