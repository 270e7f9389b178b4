"use client";

import { Input, Modal } from "antd";
import type { ReactNode } from "react";

import { textFieldLabel, type TTextAction } from "./text-actions";

interface TProps {
  /** The open dialog, or null. */
  action: TTextAction | null;
  title: string;
  text: string;
  busy: boolean;
  onText(text: string): void;
  onCancel(): void;
  onOk(): void;
  /** Shown above the text field (the 审核通过 dialog's warning of open comments, D60). */
  notice?: ReactNode;
}

/** The dialog of the workflow actions that take one text (退回, 更正, 批注, 接受警告); OK needs some text. */
export function TextActionDialog(props: Readonly<TProps>) {
  const { action, title, text, busy, onText, onCancel, onOk, notice } = props;
  return (
    <Modal
      open={action !== null}
      title={title}
      okText="确定"
      cancelText="取消"
      confirmLoading={busy}
      onCancel={onCancel}
      okButtonProps={{ disabled: !text.trim() }}
      onOk={onOk}
    >
      {notice}
      <Input.TextArea
        aria-label={textFieldLabel(action)}
        value={text}
        onChange={(e) => onText(e.target.value)}
        autoSize={{ minRows: 3 }}
      />
    </Modal>
  );
}
