import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

import {
  AppError,
  errorResponse,
  GENERIC_ERROR_MESSAGE,
  HTTP_STATUS,
  toErrorInfo,
  ZErrorCode,
} from "./errors";

afterEach(() => vi.restoreAllMocks());

describe("toErrorInfo", () => {
  it("keeps an AppError's code, message and details", () => {
    expect(toErrorInfo(new AppError("NOT_FOUND", "年报不存在。"))).toEqual({
      code: "NOT_FOUND",
      message: "年报不存在。",
    });
    expect(toErrorInfo(new AppError("INVALID", "有 2 个错误。", { problems: ["甲", "乙"] }))).toEqual({
      code: "INVALID",
      message: "有 2 个错误。",
      details: { problems: ["甲", "乙"] },
    });
  });

  it("turns a ZodError into INVALID with its first message", () => {
    const parsed = z
      .object({ name: z.string().min(2, { error: "请填写机关全称" }), year: z.int({ error: "请选择年度" }) })
      .safeParse({ name: "", year: "x" });
    expect(toErrorInfo(parsed.error)).toEqual({ code: "INVALID", message: "请填写机关全称" });
    expect(toErrorInfo(new z.ZodError([]))).toEqual({ code: "INVALID", message: "参数无效" });
  });

  it("logs anything else and answers with a generic message", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const cause = new Error("connection refused at 10.0.0.5");
    expect(toErrorInfo(cause)).toEqual({ code: "INTERNAL", message: GENERIC_ERROR_MESSAGE });
    expect(toErrorInfo("oops")).toEqual({ code: "INTERNAL", message: GENERIC_ERROR_MESSAGE });
    expect(log).toHaveBeenCalledWith(cause);
  });
});

describe("errorResponse", () => {
  it("has an HTTP status for every code", () => {
    expect(Object.keys(HTTP_STATUS).sort()).toEqual([...ZErrorCode.options].sort());
  });

  it.each([
    [new AppError("UNAUTHENTICATED", "请先登录。"), 401],
    [new AppError("FORBIDDEN", "请求来源无效。"), 403],
    [new AppError("NOT_FOUND", "文件不存在。"), 404],
    [new AppError("INVALID", "请求无效。"), 422],
    [new AppError("CONFLICT", "已存在。"), 409],
    [new AppError("READ_ONLY", "不能再修改。"), 409],
  ])("answers %s with %i and the failure body of a server action", async (error, status) => {
    const response = errorResponse(error);
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual({ ok: false, error: { code: error.code, message: error.message } });
  });

  it("answers an unexpected error with 500 and adds extra fields beside the error", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = errorResponse(new TypeError("x is undefined"));
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      ok: false,
      error: { code: "INTERNAL", message: GENERIC_ERROR_MESSAGE },
    });
    const conflict = errorResponse(new AppError("CONFLICT", "已被修改。"), { conflict: { version: 3 } });
    expect(await conflict.json()).toMatchObject({ ok: false, conflict: { version: 3 } });
  });
});
