"use client";

import { Badge, Button, Layout, Menu, Space } from "antd";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

import { currentNavigation, PRODUCT_NAME, type TNavItem } from "@/lib/site/navigation";

import styles from "./app-shell.module.css";
import { NavSectionProvider, useNavSection } from "./nav-section";
import { logoutAction } from "./login/actions";

/**
 * The frame of every page: the header with the entries this user may use (`navigationFor`, by role) and the
 * current one highlighted, the content, the footer. On paper only the content prints (app/globals.css).
 */
export function AppShell(props: Parameters<typeof Shell>[0]) {
  return (
    <NavSectionProvider>
      <Shell {...props} />
    </NavSectionProvider>
  );
}

function Shell({
  children,
  userName,
  navigation,
  unread = null,
}: Readonly<{
  children: ReactNode;
  userName: string | null;
  navigation: TNavItem[];
  /** Unread 待办与消息 (lib/services/inbox.ts); null when signed out. */
  unread?: number | null;
}>) {
  const pathname = usePathname();
  const asked = useNavSection();
  // A page may say where it belongs (NavSection); otherwise the address decides.
  const selected =
    asked && navigation.some((item) => item.href === asked)
      ? [asked]
      : currentNavigation(navigation, pathname);
  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Header className={`${styles.header} app-chrome`}>
        <Link href="/" className={styles.brand}>
          {PRODUCT_NAME}
        </Link>
        <nav aria-label="主导航" className={styles.menu}>
          <Menu
            theme="dark"
            mode="horizontal"
            disabledOverflow
            selectedKeys={selected}
            items={navigation.map((item) => ({
              key: item.href,
              label: (
                <Link href={item.href} aria-current={selected.includes(item.href) ? "page" : undefined}>
                  {item.label}
                </Link>
              ),
            }))}
          />
        </nav>
        {userName ? (
          <Space size="middle">
            <Link
              href="/inbox"
              className={styles.user}
              style={{ whiteSpace: "nowrap", marginRight: 8 }}
              title="待办与消息"
              data-testid="inbox-link"
            >
              <Badge
                count={unread ?? 0}
                size="small"
                offset={[8, -2]}
                color="#cf1322"
                data-testid="inbox-badge"
              >
                <span className={styles.user}>待办</span>
              </Badge>
              {/* The name is the visible text (待办, the count) and then what the count means, WCAG 2.5.3. */}
              {unread ? <span className="visually-hidden"> 条未读</span> : null}
            </Link>
            <Link href="/account" className={styles.user} title="修改密码">
              {userName}
            </Link>
            <form action={logoutAction}>
              <Button size="small" htmlType="submit">
                退出
              </Button>
            </form>
          </Space>
        ) : (
          <Link href="/login" className={styles.user}>
            登录
          </Link>
        )}
      </Layout.Header>
      <Layout.Content className={styles.content}>{children}</Layout.Content>
      <Layout.Footer className="app-chrome" style={{ textAlign: "center", color: "#595959" }}>
        {PRODUCT_NAME} · 政府信息公开工作年度报告编写、审核与发布
      </Layout.Footer>
    </Layout>
  );
}
