"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

import { Button } from "@/components/ui/button";
import { currentNavigation, PRODUCT_NAME, type TNavItem } from "@/lib/site/navigation";

import styles from "./app-shell.module.css";
import { NavSectionProvider, useNavSection } from "./nav-section";
import { logoutAction } from "./login/actions";

/**
 * The frame of every page: the header with the entries this user may use (`navigationFor`, by role) and the
 * current one highlighted, the content, the footer. On paper only the content prints (app/globals.css).
 * Plain header/nav/main/footer markup with its own styles (app-shell.module.css), not antd's Layout, Menu and
 * Badge, which put their code into the first load of every page (issue 17).
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
    <div className={`${styles.frame} app-frame`}>
      <header className={`${styles.header} app-chrome`}>
        <Link href="/" className={styles.brand}>
          {PRODUCT_NAME}
        </Link>
        <nav aria-label="主导航" className={styles.menu}>
          <ul className={styles.menuList}>
            {navigation.map((item) => {
              const current = selected.includes(item.href);
              return (
                <li key={item.href} className={current ? styles.current : undefined}>
                  <Link href={item.href} aria-current={current ? "page" : undefined}>
                    {item.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        {userName ? (
          <div className={styles.account}>
            <Link href="/inbox" className={styles.inbox} title="待办与消息" data-testid="inbox-link">
              <InboxBadge unread={unread ?? 0} />
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
          </div>
        ) : (
          <Link href="/login" className={styles.user}>
            登录
          </Link>
        )}
      </header>
      <main className={`${styles.content} app-content`}>{children}</main>
      <footer className={`${styles.footer} app-chrome`}>
        {PRODUCT_NAME} · 政府信息公开工作年度报告编写、审核与发布
      </footer>
    </div>
  );
}

/** 待办 with the number of unread messages in a red dot at its top right (none at 0; 99+ above 99, as antd's Badge). */
function InboxBadge({ unread }: Readonly<{ unread: number }>) {
  const count = unread > 99 ? "99+" : String(unread);
  return (
    <span className={styles.badge} data-testid="inbox-badge">
      待办
      {unread > 0 && (
        <sup className={`${styles.count}${count.length > 1 ? ` ${styles.countWide}` : ""}`}>{count}</sup>
      )}
    </span>
  );
}
