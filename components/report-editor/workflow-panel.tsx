"use client";

import { Alert, App, Space } from "antd";
import { useRouter } from "next/navigation";
import { memo, Suspense, useState } from "react";

import type { TFinding } from "@/lib/rules/evaluate";
import { findingCounts } from "@/lib/rules/progress";
import type { TWorkflowView } from "@/lib/services/workflow-view";
import type { TReportTemplate } from "@/lib/template";
import { commentTargetLabel } from "@/lib/template/comment-target";
import type { TWorkflowRequestInput } from "@/lib/workflow/workflow-request";

import {
  SubmitDialogOnDemand as SubmitDialog,
  TextActionDialogOnDemand as TextActionDialog,
} from "./editor-parts";
import { PanelCard } from "./panel-card";
import { ApprovalChain } from "./workflow/approval-chain";
import { ApprovalWarning } from "./workflow/approval-warning";
import { CommentList } from "./workflow/comment-list";
import { ExplanationList } from "./workflow/explanation-list";
import { openReviewItems } from "./workflow/open-review-items";
import { PublicationList } from "./workflow/publication-list";
import { textActionRequest, textActionTitle, type TTextAction } from "./workflow/text-actions";
import { useWorkflowAction } from "./workflow/use-workflow-action";
import { WorkflowButtons } from "./workflow/workflow-buttons";

interface TProps {
  reportId: string;
  template: TReportTemplate;
  view: TWorkflowView;
  findings: readonly TFinding[];
  /** Where a new comment would go: the cell or section the reviewer is looking at. */
  commentTarget: { target: string; label: string };
  /** Counts the 批注 actions taken on table cells: each new count opens the comment dialog for `commentTarget`. */
  commentAsked?: number;
  /** Every edit has reached the server (submitting sends what the server has). */
  saved: boolean;
  onOpenTarget(target: string): void;
}

/** Review workflow beside the editor: status actions, comments, warning explanations, published editions. */
export const WorkflowPanel = memo(function WorkflowPanel({
  reportId,
  template,
  view,
  findings,
  commentTarget,
  commentAsked = 0,
  saved,
  onOpenTarget,
}: Readonly<TProps>) {
  const { busy, run } = useWorkflowAction(reportId);
  const { modal } = App.useApp();
  const router = useRouter();
  const [dialog, setDialog] = useState<null | "submit" | TTextAction>(null);
  // Each opening of 提交审核 starts from the explanations given last time.
  const [submitRound, setSubmitRound] = useState(0);
  const [acceptKey, setAcceptKey] = useState("");
  const [replyTo, setReplyTo] = useState<{ id: string; label: string } | null>(null);
  const [text, setText] = useState("");
  // A cell's 批注 button asked for the comment dialog (adjusting state during render, not in an effect).
  const [seenAsk, setSeenAsk] = useState(commentAsked);
  if (seenAsk !== commentAsked) {
    setSeenAsk(commentAsked);
    setDialog("comment");
  }
  const previous = new Map(view.explanations.map((e) => [e.key, e.explanation]));
  const warnings = findings.filter((f) => f.severity === "warning");
  // Submitting waits for every error finding, blanks included; the box says how many in the units of the
  // header (处 未填 and 个错误, D57).
  const blocked = findings.some((f) => f.severity === "error");
  const counts = findingCounts(findings);
  const isFiller = view.actorKinds.includes("filler");
  const isReviewer = view.actorKinds.includes("reviewer");
  const textAction = dialog === "submit" ? null : dialog;

  const act = async (request: TWorkflowRequestInput, done: string) => {
    if (!(await run(request, done))) return;
    setDialog(null);
    setText("");
  };

  const openSubmit = () => {
    setSubmitRound((round) => round + 1);
    setDialog("submit");
  };

  const submitText = () => {
    if (!textAction) return;
    const context = { target: commentTarget.target, warningKey: acceptKey, commentId: replyTo?.id };
    const { request, done } = textActionRequest(textAction, text, context);
    void act(request, done);
  };

  return (
    <PanelCard size="small" title="审核" data-testid="workflow-panel" style={{ marginBottom: 12 }}>
      <Space orientation="vertical" style={{ width: "100%" }}>
        {view.lastReturn && view.actions.includes("submit") && (
          <Alert type="warning" showIcon title={`${view.lastReturn.actor}退回：${view.lastReturn.comment}`} />
        )}
        {view.correctionNote && <Alert type="info" showIcon title={`更正说明：${view.correctionNote}`} />}
        {view.approval.needsOpinion && <ApprovalChain levels={view.approval.levels} />}
        <WorkflowButtons
          reportId={reportId}
          actions={view.actions}
          isReviewer={isReviewer}
          blocked={blocked}
          errors={counts.error}
          blanks={counts.unfilled}
          saved={saved}
          busy={busy}
          onSubmit={openSubmit}
          onApprove={() => setDialog("approve")}
          onWithdraw={() =>
            modal.confirm({
              title: "撤回提交？",
              content:
                "撤回后年报回到草稿，可以继续修改，修改后需重新提交审核。审核人开始审核（批注）后不能撤回。",
              okText: "撤回",
              cancelText: "取消",
              onOk: () => act({ action: "withdraw" }, "已撤回，年报回到草稿"),
            })
          }
          canDelete={isFiller && view.status === "DRAFT" && view.publications.length === 0}
          onDelete={() =>
            modal.confirm({
              title: "删除这份草稿？",
              content:
                "删除后草稿移到“我的年报”下方的“已删除的草稿”中，记下删除人和时间，可以恢复。重新新建同一年度的年报后，已删除的草稿不能再恢复。",
              okText: "删除",
              okButtonProps: { danger: true },
              cancelText: "取消",
              onOk: async () => {
                if (await run({ action: "delete" }, "草稿已删除")) router.push("/reports");
              },
            })
          }
          onPublish={() => act({ action: "publish" }, "已发布")}
          onText={setDialog}
        />
        {view.comments.length > 0 && (
          <CommentList
            template={template}
            comments={view.comments}
            canResolve={isFiller}
            canReply={(isFiller || isReviewer) && view.status !== "PUBLISHED"}
            busy={busy}
            onReply={(commentId) => {
              const comment = view.comments.find((c) => c.id === commentId);
              setReplyTo({
                id: commentId,
                label: comment ? commentTargetLabel(template, comment.target) : "",
              });
              setDialog("reply");
            }}
            onResolve={(commentId) => void act({ action: "resolve-comment", commentId }, "已标记为已解决")}
            onOpenTarget={onOpenTarget}
          />
        )}
        {isReviewer && view.explanations.length > 0 && (
          <ExplanationList
            explanations={view.explanations}
            acceptances={view.acceptances}
            canAccept={view.status !== "PUBLISHED"}
            onAccept={(key, explanation) => {
              setAcceptKey(key);
              setText(explanation);
              setDialog("accept");
            }}
          />
        )}
        {view.publications.length > 0 && (
          <PublicationList reportId={reportId} publications={view.publications} />
        )}
      </Space>

      {/* The dialogs load on demand (editor-parts.ts); closed, they show nothing while their code comes. */}
      <Suspense fallback={null}>
        <SubmitDialog
          key={submitRound}
          open={dialog === "submit"}
          warnings={warnings}
          previous={previous}
          busy={busy}
          onCancel={() => setDialog(null)}
          signOffBy={view.signOffBy}
          staleRollup={view.staleRollup}
          onSubmit={(explanations, signOff) =>
            void act({ action: "submit", explanations, signOff }, "已提交审核")
          }
        />
        <TextActionDialog
          action={textAction}
          title={textActionTitle(textAction, {
            targetLabel: textAction === "reply" ? (replyTo?.label ?? "") : commentTarget.label,
          })}
          text={text}
          busy={busy}
          onText={setText}
          onCancel={() => setDialog(null)}
          onOk={submitText}
          notice={textAction === "approve" && <ApprovalWarning items={openReviewItems(template, view)} />}
        />
      </Suspense>
    </PanelCard>
  );
});
