import { describe, expect, it } from "vitest";

import { matchOffice, nameInTitle, normaliseOfficeName, printedOfficeNames } from "./match-office";

const office = (id: string, name: string, aliases: string[] = []) => ({ id, name, aliases });

const COUNTY = [
  office("edu", "示范区教育局"),
  office("health", "示范县卫生健康局"),
  office("gov", "示范区人民政府办公室"),
  office("market", "示范区市场监督管理局", ["区市监局"]),
];

describe("matchOffice", () => {
  it("takes the register name as printed, then an alias, each with its reason", () => {
    expect(matchOffice(["示范区教育局"], COUNTY)).toMatchObject({
      status: "matched",
      match: { officeId: "edu", reason: "exact", score: 1 },
    });
    expect(matchOffice(["区市监局"], COUNTY)).toMatchObject({
      status: "matched",
      match: { officeId: "market", reason: "alias", via: "区市监局" },
    });
  });

  it("expands 卫健, 政府办 and drops 人民, spaces and full-width forms", () => {
    expect(normaliseOfficeName("示范县 卫健局")).toBe(normaliseOfficeName("示范县卫生健康局"));
    expect(matchOffice(["示范县卫健局"], COUNTY)).toMatchObject({
      status: "matched",
      match: { officeId: "health", reason: "normalised" },
    });
    expect(matchOffice(["示范区政府办"], COUNTY)).toMatchObject({
      status: "matched",
      match: { officeId: "gov", reason: "normalised" },
    });
    expect(matchOffice(["示范区市场监管局"], COUNTY)).toMatchObject({
      match: { officeId: "market", reason: "normalised" },
    });
  });

  it("matches a name printed without (or with a longer) place prefix as contained", () => {
    const outcome = matchOffice(["区教育局"], COUNTY);
    expect(outcome).toMatchObject({ status: "matched", match: { officeId: "edu", reason: "contained" } });
    expect(matchOffice(["山东省示范县卫健局"], COUNTY)).toMatchObject({
      match: { officeId: "health", reason: "contained" },
    });
  });

  it("offers a tie as a choice and never picks one of two offices", () => {
    const two = [...COUNTY, office("edu2", "另一区教育局")];
    const outcome = matchOffice(["区教育局"], two);
    expect(outcome.status).toBe("ambiguous");
    expect(outcome.candidates.map((c) => c.officeId).sort()).toEqual(["edu", "edu2"]);
    // The same alias kept for two offices is a tie too.
    const shared = [office("a", "甲局", ["教育局"]), office("b", "乙局", ["教育局"])];
    expect(matchOffice(["教育局"], shared).status).toBe("ambiguous");
  });

  it("scores a near name as similar and refuses a name like no office", () => {
    const outcome = matchOffice(
      ["示范区教育体育局"],
      [office("edu", "示范区教育局"), office("x", "某市财政局")],
    );
    expect(outcome.status).toBe("matched");
    if (outcome.status !== "matched") return;
    expect(outcome.match).toMatchObject({ officeId: "edu", reason: "similar" });
    expect(outcome.match.score).toBeGreaterThanOrEqual(0.6);
    expect(outcome.match.score).toBeLessThan(1);
    expect(matchOffice(["某市财政局"], [office("edu", "示范区教育局")])).toEqual({
      status: "none",
      candidates: [],
    });
    expect(matchOffice([null, "", " "], COUNTY).status).toBe("none");
  });

  it("prefers the strongest reason over all printed names", () => {
    const outcome = matchOffice(["区教育局", "示范区教育局"], COUNTY);
    expect(outcome).toMatchObject({ match: { reason: "exact", printed: "示范区教育局" } });
  });
});

describe("printed names", () => {
  it("reads the office name out of a title (Arabic or Chinese year)", () => {
    expect(nameInTitle("示范区教育局2022年政府信息公开工作年度报告")).toBe("示范区教育局");
    expect(nameInTitle("关于示范区教育局二〇二二年政府信息公开工作年度报告")).toBe("示范区教育局");
    expect(nameInTitle("政府信息公开工作年度报告")).toBeNull();
    expect(
      printedOfficeNames({ agencyName: "区教育局", issuer: "示范区教育局", title: "县教育局2022年度报告" }),
    ).toEqual(["区教育局", "示范区教育局", "县教育局"]);
    // Issue 11 tester §10: the same name printed in the title, as the agency and as the 落款 is named once.
    const same = "沭阳县发展和改革局";
    expect(
      printedOfficeNames({ agencyName: same, issuer: same, title: `${same}2023年政府信息公开工作年度报告` }),
    ).toEqual([same]);
  });
});
