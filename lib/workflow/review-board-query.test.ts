import { describe, expect, it } from "vitest";

import { reviewBoardQueryNotices } from "./review-board-notices";
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

  it("names every unknown value and what the board used instead (not silently ignored)", () => {
    const query = {
      status: "NONE,BOGUS",
      sort: "drop table",
      page: "-3",
      size: "7",
      dir: "up",
      deadline: "x",
    };
    const params = parseReviewBoardParams(query, 2025);
    expect(reviewBoardQueryNotices(query)).toEqual([
      "地址中的 status=NONE,BOGUS 含有无效的状态（BOGUS），已忽略。",
      "地址中的 deadline=x 不是有效的期限筛选，已改为不筛选。",
      "地址中的 sort=drop table 不是有效的排序方式，已改为按机关名称排序。",
      "地址中的 dir=up 不是有效的排序方向，已改为升序。",
      "地址中的 page=-3 不是有效的页码（应为 1 以上的整数），已改为第 1 页。",
      "地址中的 size=7 不是有效的每页条数，已改为每页 50 条。",
    ]);
    expect([params.sort, params.page, params.pageSize, params.descending]).toEqual(["name", 1, 50, false]);
    for (const page of ["0", "2.5", "100001", "abc"]) {
      expect(parseReviewBoardParams({ page }, 2025).page).toBe(1);
      expect(reviewBoardQueryNotices({ page })).toHaveLength(1);
    }
    expect(parseReviewBoardParams({ page: "3" }, 2025).page).toBe(3);
    expect(
      reviewBoardQueryNotices({ status: "DRAFT,NONE", sort: "deadline", dir: "desc", page: "2", size: "20" }),
    ).toEqual([]);
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
