"use client";

import { Tag } from "antd";

import type { TSaveStatus } from "./autosave/save-queue";

const time = (at: Date) =>
  at.toLocaleTimeString("zh-CN", { hour: "2-digit", minute: "2-digit", hour12: false });

export function SaveStatus({ status }: Readonly<{ status: TSaveStatus }>) {
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
