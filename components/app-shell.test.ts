import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

import { AppShell } from "@/components/app-shell";
import { clientImportsOf } from "@/lib/testing/client-imports";

vi.mock("next/navigation", () => ({ usePathname: () => "/reports/4b0c6c1e-0000-4000-8000-000000000000" }));
vi.mock("@/components/login/actions", () => ({ logoutAction: async () => undefined }));

const NAVIGATION = [
  { href: "/reports", label: "我的年报" },
  { href: "/gongkai", label: "年报专栏" },
];

/** The frame as the root layout renders it (AppShell itself uses no hooks: called, it returns the tree). */
const shell = (userName: string | null, unread: number | null) =>
  renderToStaticMarkup(
    AppShell({ userName, unread, navigation: NAVIGATION, children: createElement("p", null, "正文") }),
  );

describe("the app's frame", () => {
  it("has the landmarks, the main navigation with the current entry marked, and the content in <main>", () => {
    const html = shell("教育局填报人", 0);
    expect(html).toMatch(/<header[^>]*app-chrome[^>]*>/);
    expect(html).toMatch(
      /<footer[^>]*app-chrome[^>]*>年报通 · 政府信息公开工作年度报告编写、审核与发布<\/footer>/,
    );
    expect(html).toMatch(/<main[^>]*app-content[^>]*><p>正文<\/p><\/main>/);
    expect(html).toContain('<nav aria-label="主导航"');
    // The editor's address belongs to 我的年报 (the longest matching prefix), and only that entry is current.
    expect(html).toMatch(/<a aria-current="page" href="\/reports">我的年报<\/a>/);
    expect(html).toMatch(/<a href="\/gongkai">年报专栏<\/a>/);
    expect(html.match(/aria-current/g)).toHaveLength(1);
    expect(html).toMatch(/<a[^>]*href="\/account"[^>]*>教育局填报人<\/a>/);
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*><span>退 ?出<\/span><\/button>/);
  });

  it("shows the unread count on 待办 and says what it means to screen readers; none at 0", () => {
    const read = shell("教育局填报人", 0);
    expect(read).toMatch(/<span[^>]*data-testid="inbox-badge"[^>]*>待办<\/span>/);
    expect(read).not.toContain("<sup");
    expect(read).not.toContain("条未读");

    const three = shell("教育局填报人", 3);
    expect(three).toMatch(
      /data-testid="inbox-badge"[^>]*>待办<sup[^>]*>3<\/sup><\/span><span class="visually-hidden"> 条未读<\/span>/,
    );
    // Above 99 the dot says 99+, as antd's Badge did.
    expect(shell("教育局填报人", 120)).toMatch(/<sup[^>]*>99\+<\/sup>/);
  });

  it("signed out: 登录 instead of 待办, the name and 退出", () => {
    const html = shell(null, null);
    expect(html).toMatch(/<a[^>]*href="\/login"[^>]*>登录<\/a>/);
    expect(html).not.toContain("inbox-link");
    expect(html).not.toContain("退");
  });

  it("every page's first load (layout, error and 404 pages) carries no Ant Design code (D71)", () => {
    const load = clientImportsOf([
      "app/layout.tsx",
      "app/error.tsx",
      "app/global-error.tsx",
      "app/not-found.tsx",
    ]);
    expect(load.files).toContain("components/app-shell.tsx");
    expect(load.files).toContain("components/error-view.tsx");
    const antd = [...load.packages].filter((name) => /^antd\b/.test(name) && !name.endsWith(".css"));
    expect(antd.map((name) => `${name}，由 ${load.via.get(name)} 引入`)).toEqual([]);
  });
});
