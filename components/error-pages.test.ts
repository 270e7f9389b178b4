import { PrismaPg } from "@prisma/adapter-pg";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import ErrorPage from "@/app/error";
import GlobalError from "@/app/global-error";
import RootLayout from "@/app/layout";
import { loginAction } from "@/components/login/actions";
import { setDatabaseForTests } from "@/lib/db/client";
import { PrismaClient } from "@/lib/db/generated/client";
import { DATABASE_UNAVAILABLE_MESSAGE, errorResponse } from "@/lib/errors";

vi.mock("next/headers", async () => (await import("@/lib/testing/request-context")).nextHeadersMock);

/** Issue 14 item 9: no English error page, also with the database down. */
describe("error pages", () => {
  it("app/error.tsx says in Chinese what happened and offers 重试 that re-renders the page", () => {
    const retry = vi.fn();
    const html = renderToStaticMarkup(
      createElement(ErrorPage, { error: Object.assign(new Error("x"), { digest: "12345" }), retry }),
    );
    expect(html).toContain("页面暂时无法显示");
    expect(html).toContain("数据库暂时无法连接");
    expect(html).toContain("错误编号 12345");
    expect(html).toMatch(/<button[^>]*><span>重 ?试<\/span><\/button>/);
    expect(html).toContain('href="/reports"');
    expect(html).not.toMatch(/Application error|went wrong|Internal Server Error/i);
  });

  it("app/global-error.tsx brings its own Chinese document", () => {
    const html = renderToStaticMarkup(createElement(GlobalError, { error: new Error("x"), retry: () => {} }));
    expect(html).toMatch(/^<html lang="zh-CN">/);
    expect(html).toContain("<title>页面暂时无法显示 · 年报通</title>");
    expect(html).toMatch(/重 ?试/);
  });
});

describe("with the database down", () => {
  let prisma: PrismaClient;
  beforeAll(() => {
    // A PostgreSQL nobody listens on: every query fails as when the server has gone away.
    prisma = new PrismaClient({
      adapter: new PrismaPg({
        connectionString: "postgresql://nbt@127.0.0.1:9/nbt",
        connectionTimeoutMillis: 2000,
      }),
    });
    setDatabaseForTests({
      prisma,
      config: { kind: "postgresql", url: "postgresql://nbt@127.0.0.1:9/nbt", host: "127.0.0.1:9" },
      description: "test",
      migrations: { applied: [], alreadyApplied: [] },
      close: async () => undefined,
    });
  });
  afterAll(async () => {
    setDatabaseForTests(null);
    await prisma.$disconnect();
  });

  it("login answers with the Chinese database message, not a generic or English one", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const result = await loginAction({ username: "tianbao", password: "whatever-1234" });
    expect(result).toEqual({
      ok: false,
      error: { code: "UNAVAILABLE", message: DATABASE_UNAVAILABLE_MESSAGE },
    });
  });

  it("the root layout still renders (signed out), so /login and app/error.tsx show instead of Next's page", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { cookieJar } = await import("@/lib/testing/request-context");
    cookieJar.set("nbt_session", "token");
    // Before: the session lookup's failure escaped the layout and Next.js showed its own English page.
    const tree = await RootLayout({ children: createElement("main", null, "登录") });
    expect(tree.type).toBe("html");
    expect((tree.props as { lang: string }).lang).toBe("zh-CN");
    expect(
      JSON.stringify(tree.props, (key, value: unknown) => (key === "_owner" ? undefined : value)),
    ).toContain('"userName":null');
  });

  it("a route handler answers 503 (the editor retries later) with the same message", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { GET } = await import("@/app/api/reports/[reportId]/route");
    const { cookieJar } = await import("@/lib/testing/request-context");
    cookieJar.set("nbt_session", "token");
    const response = await GET(new Request("http://localhost/api/reports/x"), {
      params: Promise.resolve({ reportId: "x" }),
    });
    expect(response.status).toBe(503);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe(
      DATABASE_UNAVAILABLE_MESSAGE,
    );
    expect(errorResponse(Object.assign(new Error("boom"), { code: "P2002" })).status).toBe(500);
  });
});
