"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

import { Alert } from "@/components/ui/alert";
import { Tag } from "@/components/ui/tag";
import type { TSaveStatus } from "./autosave/save-queue";

const time = (at: Date) =>
  at.toLocaleTimeString("zh-CN", { hour: "2-digit", minute: "2-digit", hour12: false });

/** The path of the login page that comes back to `path` after signing in. */
export const reloginHref = (path: string) => `/login?next=${encodeURIComponent(path)}`;

/** Why saving stopped after the sign-in ended, with the way back to this page; the edits wait on this machine. */
function SessionExpired() {
  const path = usePathname();
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="session-expired"
      title={
        <>
          登录已过期，修改已保存在本机，重新登录后自动保存。<Link href={reloginHref(path)}>重新登录</Link>
        </>
      }
    />
  );
}

/** The autosave state in words, colour-coded; an ended session says so with a 重新登录 link. */
export function SaveStatus({ status }: Readonly<{ status: TSaveStatus }>) {
  if (status.kind === "expired") return <SessionExpired />;
  const [color, text] = ((): [string, string] => {
    switch (status.kind) {
      case "saved":
        return ["green", status.at ? `已保存 ${time(status.at)}` : "已保存"];
      case "dirty":
        return ["default", "有未保存的修改"];
      case "saving":
        return ["processing", "保存中…"];
      case "retrying":
        return ["orange", "未保存，正在重试"];
      case "offline":
        return ["orange", "离线，恢复网络后自动保存"];
      case "conflict":
        return ["red", "版本冲突，请选择"];
      case "failed":
        return ["red", `未保存：${status.message}`];
    }
  })();
  return (
    <Tag color={color} data-testid="save-status" role="status">
      {text}
    </Tag>
  );
}
