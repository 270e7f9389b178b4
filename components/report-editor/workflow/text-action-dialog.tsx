"use client";

import { Input, Modal } from "antd";

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
}

/** The dialog of the workflow actions that take one text (退回, 更正, 批注, 接受警告); OK needs some text. */
export function TextActionDialog({ action, title, text, busy, onText, onCancel, onOk }: Readonly<TProps>) {
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
      <Input.TextArea
        aria-label={textFieldLabel(action)}
        value={text}
        onChange={(e) => onText(e.target.value)}
        autoSize={{ minRows: 3 }}
      />
    </Modal>
  );
}
