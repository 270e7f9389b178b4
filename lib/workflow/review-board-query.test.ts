import { describe, expect, it } from "vitest";

import { parseReviewBoardParams, reviewBoardSearch } from "./review-board-query";

describe("审核台 address parameters", () => {
  it("defaults: by name, 50 per page, no filter", () => {
    expect(parseReviewBoardParams({}, 2025)).toEqual({
      year: 2025,
      statuses: [],
      findings: null,
      deadline: null,
      search: "",
      sort: "name",
      descending: false,
      page: 1,
      pageSize: 50,
    });
  });

  it("keeps known values and drops unknown ones, so an old or edited link still opens", () => {
    const params = parseReviewBoardParams(
      {
        status: "NONE,DRAFT,BOGUS,DRAFT",
        findings: "errors",
        deadline: "later",
        sort: "drop table",
        dir: "desc",
        page: "-3",
        size: "7",
        q: ` ${"局".repeat(80)} `,
      },
      2025,
    );
    expect(params.statuses).toEqual(["NONE", "DRAFT"]);
    expect(params.findings).toBe("errors");
    expect(params.deadline).toBeNull();
    expect(params.sort).toBe("name");
    expect(params.descending).toBe(true);
    expect(params.page).toBe(1);
    expect(params.pageSize).toBe(50);
    expect(params.search).toHaveLength(50);
  });

  it("writes back what it reads", () => {
    const query =
      "year=2025&status=NONE%2CRETURNED&findings=warnings&deadline=soon&q=教育&sort=errors&dir=desc&page=3&size=100";
    const params = parseReviewBoardParams(Object.fromEntries(new URLSearchParams(query)), 2025);
    expect(
      parseReviewBoardParams(Object.fromEntries(new URLSearchParams(reviewBoardSearch(params))), 2025),
    ).toEqual(params);
    expect(reviewBoardSearch(parseReviewBoardParams({}, 2024))).toBe("year=2024");
  });
});
