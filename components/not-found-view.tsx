"use client";

import { Button, Result } from "antd";
import Link from "next/link";

/** The 404 page's body: in Chinese, with the way back to 我的年报. */
export function NotFoundView() {
  return (
    <Result
      status="404"
      title={<h1 style={{ fontSize: "inherit", fontWeight: "inherit", margin: 0 }}>页面不存在</h1>}
      subTitle="您访问的页面不存在，或您没有查看权限。请检查链接，或回到“我的年报”。"
      extra={
        <Link href="/reports">
          <Button type="primary">回到我的年报</Button>
        </Link>
      }
    />
  );
}
