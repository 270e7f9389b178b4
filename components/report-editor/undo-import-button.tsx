"use client";

import { App, Button, Popconfirm } from "antd";
import { useRouter } from "next/navigation";
import { useTransition } from "react";

import { undoImportAction } from "./import-into-draft-actions";

/** 撤销导入 beside an import into a draft in the history (lib/services/undo-import-into-draft.ts). */
export function UndoImportButton({
  reportId,
  eventId,
  version,
}: Readonly<{ reportId: string; eventId: string; version: number }>) {
  const { message } = App.useApp();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const undo = () =>
    startTransition(async () => {
      const result = await undoImportAction(reportId, eventId, version);
      if (!result.ok) return void message.error(result.error.message, 8);
      message.success(
        result.data.skipped
          ? `已撤销；${result.data.skipped} 个单元格在导入后又被修改，保留修改后的值。`
          : "已撤销这次导入。",
      );
      router.refresh();
    });
  return (
    <Popconfirm
      title="撤销这次导入？导入后又修改过的单元格保留修改后的值。"
      okText="撤销导入"
      cancelText="取消"
      onConfirm={undo}
    >
      <Button size="small" loading={pending} disabled={pending}>
        撤销导入
      </Button>
    </Popconfirm>
  );
}
