"use client";

import { Input, InputNumber, Modal, Space } from "antd";

import { sumOfContributions } from "@/lib/rollup/rollup";
import type { TRollupView } from "@/lib/rollup/types";
import type { TCellDef } from "@/lib/template";
import { cellLabel } from "@/lib/template/labels";

import { show } from "./rollup-table";

/** 调整汇总数: the offices' sum of the cell, the new value and the reason (required, kept in the history). */
export function RollupOverride({
  view,
  editing,
  value,
  reason,
  pending,
  onValue,
  onReason,
  onSave,
  onCancel,
}: Readonly<{
  view: TRollupView;
  editing: TCellDef | null;
  value: number | null;
  reason: string;
  pending: boolean;
  onValue: (value: number | null) => void;
  onReason: (reason: string) => void;
  onSave: () => void;
  onCancel: () => void;
}>) {
  const document = view.document;
  return (
    <Modal
      open={editing !== null}
      title={editing ? `调整汇总数：${cellLabel(editing)}` : ""}
      okText="保存调整"
      cancelText="取消"
      confirmLoading={pending}
      onOk={onSave}
      onCancel={onCancel}
    >
      {editing ? (
        <Space orientation="vertical" style={{ width: "100%" }}>
          <span>
            各机关合计：
            {show(sumOfContributions(document?.rollup?.contributions[editing.id] ?? []))}
          </span>
          <InputNumber
            aria-label="调整后的数"
            value={value}
            onChange={(v) => onValue(v)}
            style={{ width: 200 }}
          />
          <Input.TextArea
            aria-label="调整理由"
            placeholder="调整理由（必填，记入历史）"
            value={reason}
            maxLength={2000}
            onChange={(e) => onReason(e.target.value)}
          />
        </Space>
      ) : null}
    </Modal>
  );
}
