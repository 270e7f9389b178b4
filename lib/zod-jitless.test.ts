import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";

import { setZodJitless } from "./zod-jitless";

describe("setZodJitless", () => {
  const before = z.config().jitless;
  afterAll(() => {
    z.config({ jitless: before });
  });

  it("is the setting Zod reads (z.config), set after Zod was loaded", () => {
    z.config({ jitless: false });
    setZodJitless();
    expect(z.config().jitless).toBe(true);
  });

  it("still parses as before with it", () => {
    setZodJitless();
    const schema = z.object({ name: z.string().min(1, "必填") });
    expect(schema.safeParse({ name: "" }).success).toBe(false);
    expect(schema.parse({ name: "年报" })).toEqual({ name: "年报" });
  });
});
