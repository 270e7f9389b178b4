"use client";

import { Input, Modal, Typography } from "antd";
import { useState } from "react";

import type { TFinding } from "@/lib/rules/evaluate";
import { STALE_ROLLUP_KEY } from "@/lib/rollup/types";
import { findingKey as warningKeyOf } from "@/lib/rules/warning-key";

interface TProps {
  open: boolean;
  warnings: readonly TFinding[];
  /** Explanations written at an earlier submission, by warning key: the starting text. */
  previous: ReadonlyMap<string, string>;
  busy: boolean;
  /** The office whose 本地要求 asks for a 签批 before submission, or null. */
  signOffBy: string | null;
  /** A roll-up behind its offices' reports: what changed (one more item needing a written reason), or null. */
  staleRollup?: string | null;
  onCancel(): void;
  onSubmit(explanations: Record<string, string>, signOff: string): void;
}

/**
 * 提交审核: every warning needs a written explanation, which the reviewer sees. The explanations start from
 * `previous` when the dialog mounts; remount it (a new `key`) to start over.
 */
export function SubmitDialog(props: Readonly<TProps>) {
  const { open, previous, busy, signOffBy, onCancel, onSubmit } = props;
  // A stale roll-up is one more item needing a written reason (the server asks for it under STALE_ROLLUP_KEY).
  const warnings: readonly TFinding[] = props.staleRollup
    ? [
        { ruleId: "汇总", severity: "warning", message: `汇总已过期：${props.staleRollup}`, cells: [] },
        ...props.warnings,
      ]
    : props.warnings;
  const keyOf = (w: TFinding) =>
    w.ruleId === "汇总" && w.cells.length === 0 ? STALE_ROLLUP_KEY : warningKeyOf(w);
  const [signOff, setSignOff] = useState("");
  const [explanations, setExplanations] = useState<Record<string, string>>(() =>
    Object.fromEntries(warnings.map((w) => [keyOf(w), previous.get(keyOf(w)) ?? ""])),
  );
  return (
    <Modal
      open={open}
      title="提交审核"
      okText="提交"
      cancelText="取消"
      confirmLoading={busy}
      onCancel={onCancel}
      onOk={() => onSubmit(explanations, signOff)}
      okButtonProps={{
        disabled:
          warnings.some((w) => !explanations[keyOf(w)]?.trim()) || (signOffBy !== null && !signOff.trim()),
      }}
    >
      {signOffBy && (
        <div style={{ marginBottom: 12 }}>
          <Typography.Paragraph>{signOffBy}要求年报经单位负责人签批后报送：</Typography.Paragraph>
          <Input
            aria-label="签批人"
            placeholder="签批人姓名、职务"
            value={signOff}
            onChange={(e) => setSignOff(e.target.value)}
          />
        </div>
      )}
      {warnings.length === 0 ? (
        <Typography.Paragraph>没有错误和警告。提交后，审核人审核期间本年报不能修改。</Typography.Paragraph>
      ) : (
        <>
          <Typography.Paragraph>
            以下{props.staleRollup ? "事项" : "警告"}需要写明说明，审核人会看到
            {props.staleRollup ? "（汇总已过期：可先在汇总页刷新，或在此写明不刷新的理由）" : ""}：
          </Typography.Paragraph>
          {warnings.map((w) => (
            <div key={keyOf(w)} style={{ marginBottom: 12 }}>
              <Typography.Text>{w.message}</Typography.Text>
              <Input.TextArea
                aria-label={`说明：${w.message}`}
                value={explanations[keyOf(w)] ?? ""}
                onChange={(e) => setExplanations((all) => ({ ...all, [keyOf(w)]: e.target.value }))}
                autoSize={{ minRows: 2 }}
              />
            </div>
          ))}
        </>
      )}
    </Modal>
  );
}
