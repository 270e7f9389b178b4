"use client";

import Link from "next/link";

import { Button } from "@/components/ui/button";

import styles from "./result-view.module.css";

export interface TErrorViewProps {
  /** Renders the failed part again (Next.js' `retry`); no 重试 button without it. */
  onRetry?: () => void;
  /** Next.js' identifier of a server error, to match the server's log. */
  digest?: string;
}

/**
 * The body of the error pages (app/error.tsx, app/global-error.tsx), in the look of the 404 page
 * (components/not-found-view.tsx): what happened in Chinese, 重试 and the way back to 我的年报. The real
 * cause (often the database being unreachable) is only in the server's log: production builds never send
 * a server error's message to the browser. Plain markup (result-view.module.css), not antd's Result, whose
 * illustrations were in every page's first load (issue 17).
 */
export function ErrorView({ onRetry, digest }: Readonly<TErrorViewProps>) {
  return (
    <section className={styles.result}>
      <span className={`${styles.sign} ${styles.warning}`} aria-hidden="true">
        !
      </span>
      <h1 className={styles.title}>页面暂时无法显示</h1>
      <p className={styles.subtitle}>
        服务器暂时无法完成请求，可能是数据库暂时无法连接。请稍后点“重试”；如仍不能使用，请联系系统管理员
        {digest ? `（错误编号 ${digest}）` : ""}。
      </p>
      <div className={styles.extra}>
        {onRetry && (
          <Button type="primary" onClick={onRetry}>
            重试
          </Button>
        )}
        <Link href="/reports">
          <Button>回到我的年报</Button>
        </Link>
      </div>
    </section>
  );
}

/** Next.js' error digest of a thrown value, when it has one. */
export const errorDigest = (error: unknown): string | undefined =>
  error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;
