import Link from "next/link";
import type { ReactNode } from "react";

import { formatDate } from "@/lib/format/date-time";
import { PORTAL_PATH, publicOfficePath } from "@/lib/public/paths";
import type { TPublicOffice } from "@/lib/public/types";
import type { TTimeliness } from "@/lib/workflow/timeliness";

import styles from "./portal.module.css";

/** Where the visitor is: 年报专栏 › office › year …; the last item is the current page. */
export function Breadcrumb({ items }: Readonly<{ items: { href?: string; label: string }[] }>) {
  const all = [{ href: PORTAL_PATH, label: "年报专栏" }, ...items];
  return (
    <nav aria-label="当前位置" className={styles.breadcrumb}>
      <ol>
        {all.map((item, index) =>
          index === all.length - 1 || !item.href ? (
            <li key={item.label} aria-current={index === all.length - 1 ? "page" : undefined}>
              {item.label}
            </li>
          ) : (
            <li key={item.label}>
              <Link href={item.href}>{item.label}</Link>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}

/**
 * The frame of a page about one office (its page, a report, 图解): the breadcrumb 年报专栏 › the office above
 * it (when there is one) › the office › `trail`, the last item being the page shown, then the page.
 */
export function OfficePageFrame({
  office,
  trail = [],
  children,
}: Readonly<{
  office: Pick<TPublicOffice, "id" | "name" | "parentId" | "parentName">;
  trail?: { href?: string; label: string }[];
  children: ReactNode;
}>) {
  return (
    <div className={styles.portal}>
      <Breadcrumb
        items={[
          ...(office.parentId && office.parentName
            ? [{ href: publicOfficePath(office.parentId), label: office.parentName }]
            : []),
          { href: publicOfficePath(office.id), label: office.name },
          ...trail,
        ]}
      />
      {children}
    </div>
  );
}

/** 按时 / 逾期 N 天, with the dates in the accessible name. */
export function TimelinessBadge({ timeliness }: Readonly<{ timeliness: TTimeliness }>) {
  const detail = `${formatDate(timeliness.publishedOn)}发布，法定期限${timeliness.deadlineLabel}`;
  return (
    <span className={timeliness.daysLate === 0 ? styles.onTime : styles.late} title={detail}>
      {timeliness.label}
      <span className={styles.printOnly}>（{detail}）</span>
    </span>
  );
}
