import { describe, expect, it } from "vitest";

import { ZDisplayName, ZOfficeName } from "./schemas";

describe("ZOfficeName: a look-alike of a taken name reads as that name (tester2)", () => {
  it.each([
    ["示范区卫生健康局\u200E", "LRM at the end"],
    ["示范区卫生\u00AD健康局", "soft hyphen"],
    ["示范区\u202D卫生健康局\u202C", "bidi override and pop"],
    ["示范区卫生\u2066健康局\u2069", "bidi isolate"],
    ["示范区卫生健康局\uFE0F", "variation selector"],
    ["示范区 卫生\u200B健康局", "space and zero-width space"],
  ])("%j (%s) is 示范区卫生健康局", (typed) => {
    expect(ZOfficeName.parse(typed)).toBe("示范区卫生健康局");
  });

  it("full-width digits and letters become half-width; full-width brackets stay", () => {
    expect(ZOfficeName.parse("示范区第１２")).toBe("示范区第12");
    expect(ZOfficeName.parse("示范区ＡＢ园区")).toBe("示范区AB园区");
    expect(ZOfficeName.parse("示范区政府办公室（外事办）")).toBe("示范区政府办公室（外事办）");
  });

  it("a name of invisible characters only is refused", () => {
    expect(ZOfficeName.safeParse("\u202E\u200E\u00AD").success).toBe(false);
  });
});

describe("ZDisplayName", () => {
  it("drops direction marks and soft hyphens", () => {
    expect(ZDisplayName.parse("张\u200E三\u00AD")).toBe("张三");
  });
});
