import { describe, expect, it } from "vitest";

import { hasFullWidthNumber, toHalfWidthNumber } from "./text";

describe("toHalfWidthNumber", () => {
  it("turns full-width digits, point and signs into ASCII and leaves other text alone", () => {
    expect(toHalfWidthNumber("１２．５")).toBe("12.5");
    expect(toHalfWidthNumber("－３")).toBe("-3");
    expect(toHalfWidthNumber("＋１")).toBe("+1");
    expect(toHalfWidthNumber("２５１０００元")).toBe("251000元");
    expect(toHalfWidthNumber("12")).toBe("12");
  });

  it("tells whether there is anything to convert, on every call", () => {
    expect(hasFullWidthNumber("０")).toBe(true);
    expect(hasFullWidthNumber("０")).toBe(true);
    expect(hasFullWidthNumber("0")).toBe(false);
    expect(hasFullWidthNumber("（一）")).toBe(false);
  });
});
