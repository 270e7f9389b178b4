"use client";

import Link from "next/link";

import { Button } from "@/components/ui/button";

import styles from "./result-view.module.css";

/** The 404 page's body: in Chinese, with the way back to 我的年报. */
export function NotFoundView() {
  return (
    <section className={styles.result}>
      <span className={`${styles.sign} ${styles.question}`} aria-hidden="true">
        ?
      </span>
      <h1 className={styles.title}>页面不存在</h1>
      <p className={styles.subtitle}>您访问的页面不存在，或您没有查看权限。请检查链接，或回到“我的年报”。</p>
      <div className={styles.extra}>
        <Link href="/reports">
          <Button type="primary">回到我的年报</Button>
        </Link>
      </div>
    </section>
  );
}
