import { redirect } from "next/navigation";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

import { AppError, GENERIC_ERROR_MESSAGE } from "@/lib/errors";

import { runAction } from "./result";

afterEach(() => vi.restoreAllMocks());

describe("runAction", () => {
  it("returns the body's value as data", async () => {
    expect(await runAction(async () => ({ message: "已分配角色。" }))).toEqual({
      ok: true,
      data: { message: "已分配角色。" },
    });
  });

  it("returns an expected failure with its code and message", async () => {
    expect(
      await runAction(async () => {
        throw new AppError("FORBIDDEN", "只有管理员可以管理机关。");
      }),
    ).toEqual({ ok: false, error: { code: "FORBIDDEN", message: "只有管理员可以管理机关。" } });
    expect(
      await runAction(async () => z.object({ officeId: z.uuid({ error: "请选择机关" }) }).parse({})),
    ).toEqual({ ok: false, error: { code: "INVALID", message: "请选择机关" } });
  });

  it("hides an unexpected error behind a generic message", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(
      await runAction(async () => {
        throw new Error('relation "Office" does not exist');
      }),
    ).toEqual({ ok: false, error: { code: "INTERNAL", message: GENERIC_ERROR_MESSAGE } });
    expect(log).toHaveBeenCalledOnce();
  });

  it("lets a redirect through", async () => {
    await expect(runAction(async () => redirect("/reports/1"))).rejects.toMatchObject({
      digest: expect.stringContaining("NEXT_REDIRECT"),
    });
  });
});
