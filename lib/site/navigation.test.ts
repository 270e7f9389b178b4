import { describe, expect, it } from "vitest";

import type { TMembership, TSessionUser } from "@/lib/auth/types";

import {
  currentNavigation,
  landingPathFor,
  MAIN_NAVIGATION,
  navigationFor,
  reportNavSection,
} from "./navigation";

const user = (...roles: TMembership["role"][]): TSessionUser => ({
  id: "u",
  username: "u",
  displayName: "某人",
  memberships: roles.map((role, i) => ({ officeId: `o${i}`, officeName: `机关${i}`, role })),
});
const labels = (u: TSessionUser | null) => navigationFor(u).map((item) => item.label);

describe("navigation by role", () => {
  it("shows 审核 only to reviewers and 管理 only to administrators", () => {
    expect(labels(null)).toEqual(["我的年报", "年报专栏"]);
    expect(labels(user("FILLER"))).toEqual(["我的年报", "年报专栏"]);
    expect(labels(user("REVIEWER"))).toEqual(["审核", "年报专栏"]);
    expect(labels(user("ADMIN"))).toEqual(["管理", "年报专栏"]);
    expect(labels(user("REVIEWER", "ADMIN"))).toEqual(["审核", "管理", "年报专栏"]);
    expect(labels(user())).toEqual(["我的年报", "年报专栏"]);
    expect(labels(user("FILLER", "REVIEWER", "ADMIN"))).toEqual(["我的年报", "审核", "管理", "年报专栏"]);
  });

  it("lands a reviewer who fills for no office on the 审核台, a filler on 我的年报", () => {
    expect(landingPathFor(user("REVIEWER"))).toBe("/review");
    expect(landingPathFor(user("ADMIN"))).toBe("/admin");
    expect(landingPathFor(user("FILLER", "REVIEWER"))).toBe("/reports");
    expect(landingPathFor(user())).toBe("/reports");
    expect(landingPathFor(null)).toBe("/reports");
  });

  it("highlights the entry of the current address, never a mere prefix of a word", () => {
    expect(currentNavigation(MAIN_NAVIGATION, "/reports/abc/history")).toEqual(["/reports"]);
    expect(currentNavigation(MAIN_NAVIGATION, "/review")).toEqual(["/review"]);
    expect(currentNavigation(MAIN_NAVIGATION, "/reviewers")).toEqual([]);
    expect(currentNavigation(MAIN_NAVIGATION, "/")).toEqual([]);
  });

  it("puts a report's pages under 审核 for its 审核人, under 我的年报 for its 填报人", () => {
    // user("FILLER", "REVIEWER"): 填报人 of o0, 审核人 of o1.
    expect(reportNavSection(user("FILLER", "REVIEWER"), "o0")).toBe("/reports");
    expect(reportNavSection(user("FILLER", "REVIEWER"), "o5")).toBe("/review");
    expect(reportNavSection(user("REVIEWER"), "o0")).toBe("/review");
    expect(reportNavSection(user("FILLER"), "o9")).toBe("/reports");
  });
});
