import { describe, expect, it } from "vitest";

import { fillerOffices } from "./office-scopes";
import {
  actorKindsFor,
  canBatchImportFor,
  canEditOfficeAliases,
  canEditReport,
  canViewReport,
  isFillerOf,
} from "./permissions";
import type { TSessionUser } from "./types";

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
    expect(fillerOffices(multi).map((office) => office.id)).toEqual([EDUCATION]);
  });
});

describe("actorKindsFor", () => {
  // role × own office / office below / unrelated office → what the user is in the workflow
  it.each([
    ["FILLER", EDUCATION, EDUCATION, ["filler"]],
    ["FILLER", EDUCATION, HEALTH, []],
    ["REVIEWER", REGION, EDUCATION, ["reviewer"]],
    ["REVIEWER", EDUCATION, EDUCATION, ["reviewer"]],
    ["REVIEWER", REGION, OTHER_REGION, []],
    ["ADMIN", REGION, EDUCATION, []],
    ["ADMIN", EDUCATION, EDUCATION, []],
  ] as const)("%s of %s on a report of %s: %j", (role, office, reportOffice, kinds) => {
    expect(actorKindsFor(user(role, office), reportOf(reportOffice))).toEqual(kinds);
  });

  it("makes a 填报人 who is also 审核人 above both", () => {
    const both: TSessionUser = {
      ...user("FILLER", EDUCATION),
      memberships: [
        { officeId: EDUCATION, officeName: "", role: "FILLER" },
        { officeId: REGION, officeName: "", role: "REVIEWER" },
      ],
    };
    expect(actorKindsFor(both, reportOf(EDUCATION))).toEqual(["filler", "reviewer"]);
    expect(isFillerOf(both, EDUCATION)).toBe(true);
    expect(isFillerOf(both, REGION)).toBe(false);
  });
});

describe("batch import and office aliases", () => {
  const office = (id: string) => ({ id, ancestorIds: reportOf(id).ancestorIds });
  // role × office of the user → office imported for: batch import, keep aliases
  it.each([
    ["REVIEWER", REGION, EDUCATION, true, true],
    ["REVIEWER", REGION, REGION, true, true],
    ["REVIEWER", EDUCATION, EDUCATION, true, true],
    ["REVIEWER", EDUCATION, HEALTH, false, false],
    ["REVIEWER", REGION, OTHER_REGION, false, false],
    ["ADMIN", REGION, EDUCATION, false, true],
    ["ADMIN", REGION, OTHER_REGION, false, false],
    ["FILLER", EDUCATION, EDUCATION, false, false],
  ] as const)("%s of %s for %s: import %s, aliases %s", (role, own, target, importing, aliases) => {
    expect(canBatchImportFor(user(role, own), office(target))).toBe(importing);
    expect(canEditOfficeAliases(user(role, own), office(target))).toBe(aliases);
  });
});
