import { describe, expect, it } from "vitest";

import type { TSessionUser } from "@/lib/db/users";

import { canEditReport, canViewReport, fillerOfficeIds } from "./permissions";

const REGION = "region";
const EDUCATION = "education";
const HEALTH = "health";
const OTHER_REGION = "other-region";

const user = (role: "FILLER" | "REVIEWER" | "ADMIN", officeId: string): TSessionUser => ({
  id: `${role}-${officeId}`,
  username: role,
  displayName: role,
  memberships: [{ officeId, officeName: officeId, role }],
});

const reportOf = (officeId: string, status = "DRAFT") => ({
  officeId,
  ancestorIds: officeId === REGION || officeId === OTHER_REGION ? [] : [REGION],
  status,
});

describe("report permissions", () => {
  // role × own office / office below / unrelated office
  it.each([
    ["FILLER", EDUCATION, EDUCATION, true, true],
    ["FILLER", EDUCATION, HEALTH, false, false],
    ["FILLER", EDUCATION, REGION, false, false],
    ["REVIEWER", REGION, REGION, true, false],
    ["REVIEWER", REGION, EDUCATION, true, false],
    ["REVIEWER", REGION, OTHER_REGION, false, false],
    ["REVIEWER", EDUCATION, HEALTH, false, false],
    ["ADMIN", REGION, EDUCATION, true, false],
    ["ADMIN", REGION, OTHER_REGION, false, false],
  ] as const)("%s of %s on a report of %s: view %s, edit %s", (role, office, reportOffice, view, edit) => {
    expect(canViewReport(user(role, office), reportOf(reportOffice))).toBe(view);
    expect(canEditReport(user(role, office), reportOf(reportOffice))).toBe(edit);
  });

  it("makes submitted, approved and published reports read-only for the 填报人", () => {
    const filler = user("FILLER", EDUCATION);
    expect(canEditReport(filler, reportOf(EDUCATION, "RETURNED"))).toBe(true);
    for (const status of ["SUBMITTED", "APPROVED", "PUBLISHED"]) {
      expect(canEditReport(filler, reportOf(EDUCATION, status))).toBe(false);
      expect(canViewReport(filler, reportOf(EDUCATION, status))).toBe(true);
    }
  });

  it("lets a user start reports only where they are 填报人", () => {
    const multi: TSessionUser = {
      ...user("FILLER", EDUCATION),
      memberships: [
        { officeId: EDUCATION, officeName: "", role: "FILLER" },
        { officeId: REGION, officeName: "", role: "REVIEWER" },
      ],
    };
    expect(fillerOfficeIds(multi)).toEqual([EDUCATION]);
  });
});
