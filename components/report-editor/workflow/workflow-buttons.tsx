"use client";

import Link from "next/link";

import { Button } from "@/components/ui/button";
import { Space } from "@/components/ui/space";
import { Text } from "@/components/ui/typography";
import { unfilledText } from "@/lib/rules/progress";
import type { TWorkflowView } from "@/lib/services/workflow-view";

import { confirmPublish } from "./confirm-publish";
import type { TTextAction } from "./text-actions";

interface TProps {
  reportId: string;
  actions: TWorkflowView["actions"];
  isReviewer: boolean;
  /** Some error finding (a blank one included) keeps 提交审核 back. */
  blocked: boolean;
  /** Error findings other than blanks. */
  errors: number;
  /** 处 not filled in yet (lib/rules/progress `unfilledText`, D57). */
  blanks: number;
  /** Every edit has reached the server (submitting sends what the server has). */
  saved: boolean;
  busy: boolean;
  onSubmit(): void;
  onApprove(): void;
  onWithdraw(): void;
  /** The 填报人 may delete this draft (never published). */
  canDelete: boolean;
  onDelete(): void;
  onPublish(): Promise<unknown>;
  onText(action: TTextAction): void;
}

/** Why 提交审核 waits, in the 校验结果 panel's words: 未填 and 错误 counted apart. */
const blockingText = (wrong: number, blanks: number): string => {
  if (!blanks) return `还有 ${wrong} 个错误，改正后才能提交`;
  if (!wrong) return `还有 ${unfilledText(blanks)}，填完后才能提交`;
  return `还有 ${unfilledText(blanks)}、${wrong} 个错误，填完并改正后才能提交`;
};

/** The status actions the person may take now, the comment button for reviewers and the history link. */
export function WorkflowButtons(props: Readonly<TProps>) {
  const { reportId, actions, blocked, saved, busy } = props;
  const blocking = blockingText(props.errors, props.blanks);
  return (
    // The two lines keep a gap between them (历史记录 never runs into the red 还有 N 项未填 text).
    <Space wrap size={[16, 4]}>
      <Space wrap>
        {actions.includes("submit") && (
          <Button
            type="primary"
            disabled={blocked || !saved || busy}
            loading={busy}
            onClick={props.onSubmit}
            title={blocked ? blocking : !saved ? "正在保存，请稍候" : undefined}
          >
            提交审核
          </Button>
        )}
        {actions.includes("approve") && (
          <Button type="primary" loading={busy} disabled={busy} onClick={props.onApprove}>
            审核通过
          </Button>
        )}
        {actions.includes("publish") && (
          <Button
            type="primary"
            loading={busy}
            disabled={busy}
            onClick={() => confirmPublish(props.onPublish)}
          >
            发布
          </Button>
        )}
        {actions.includes("return") && (
          <Button danger disabled={busy} onClick={() => props.onText("return")}>
            退回
          </Button>
        )}
        {actions.includes("correct") && (
          <Button disabled={busy} onClick={() => props.onText("correct")}>
            更正
          </Button>
        )}
        {actions.includes("withdraw") && (
          <Button loading={busy} disabled={busy} onClick={props.onWithdraw}>
            撤回
          </Button>
        )}
        {props.canDelete && (
          <Button danger loading={busy} disabled={busy} onClick={props.onDelete}>
            删除草稿
          </Button>
        )}
        {props.isReviewer && actions.length > 0 && (
          <Button disabled={busy} onClick={() => props.onText("comment")}>
            添加批注
          </Button>
        )}
        {props.isReviewer && actions.includes("approve") && (
          <Link href={`/reports/${reportId}/history#changes`}>自上次审核以来的修改</Link>
        )}
        <Link href={`/reports/${reportId}/history`}>历史记录</Link>
      </Space>
      {blocked && actions.includes("submit") && <Text type="danger">{blocking}。</Text>}
    </Space>
  );
}
