"use client";

import { Alert, App, Button, Card, Input, List, Modal, Space, Tag, Typography } from "antd";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { memo, useState } from "react";

import type { TFinding } from "@/lib/rules/evaluate";
import { findingKey as warningKeyOf } from "@/lib/rules/warning-key";
import type { TWorkflowView } from "@/lib/services/workflow-view";
import type { TReportTemplate } from "@/lib/template";
import { ACTION_LABELS } from "@/lib/workflow/transitions";

interface TProps {
  reportId: string;
  template: TReportTemplate;
  view: TWorkflowView;
  findings: readonly TFinding[];
  /** Where a new comment would go: the cell or section the reviewer is looking at. */
  commentTarget: { target: string; label: string };
  /** Every edit has reached the server (submitting sends what the server has). */
  saved: boolean;
  onOpenTarget(target: string): void;
}


export const targetLabel = (template: TReportTemplate, target: string): string => {
  const [kind, id] = target.split(":");
  if (kind === "cell") {
    const cell = id ? template.cellById.get(id) : undefined;
    return cell ? `表${{ t2: "二", t3: "三", t4: "四" }[cell.table]}“${cell.rowLabel}”${cell.colLabel}` : target;
  }
  if (id === "details") return "报告信息";
  return template.sections.find((s) => s.id === id)?.heading ?? target;
};

const post = async (reportId: string, body: Record<string, unknown>) => {
  const response = await fetch(`/api/reports/${reportId}/workflow`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const result = (await response.json().catch(() => ({}))) as { error?: { message?: string; details?: { problems?: string[] } } };
  if (!response.ok) {
    const problems = result.error?.details?.problems?.slice(0, 5).join("；");
    throw new Error([result.error?.message ?? `操作失败（${response.status}）`, problems].filter(Boolean).join(" "));
  }
};

/** Review workflow beside the editor: status actions, comments, warning explanations, published editions. */
export const WorkflowPanel = memo(function WorkflowPanel({ reportId, template, view, findings, commentTarget, saved, onOpenTarget }: Readonly<TProps>) {
  const router = useRouter();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [dialog, setDialog] = useState<null | "submit" | "return" | "correct" | "comment" | "accept">(null);
  const [acceptKey, setAcceptKey] = useState("");
  const [text, setText] = useState("");
  const previous = new Map(view.explanations.map((e) => [e.key, e.explanation]));
  const warnings = findings.filter((f) => f.severity === "warning");
  const errors = findings.filter((f) => f.severity === "error").length;
  const [explanations, setExplanations] = useState<Record<string, string>>({});
  const isFiller = view.actorKinds.includes("filler");
  const isReviewer = view.actorKinds.includes("reviewer");

  const run = async (body: Record<string, unknown>, done: string) => {
    setBusy(true);
    try {
      await post(reportId, body);
      message.success(done);
      setDialog(null);
      setText("");
      router.refresh();
    } catch (error) {
      message.error({ content: error instanceof Error ? error.message : String(error), duration: 8 });
    } finally {
      setBusy(false);
    }
  };

  const openSubmit = () => {
    setExplanations(Object.fromEntries(warnings.map((w) => [warningKeyOf(w), previous.get(warningKeyOf(w)) ?? ""])));
    setDialog("submit");
  };

  const open = view.comments.filter((c) => !c.resolvedAt);
  return (
    <Card size="small" title="审核" data-testid="workflow-panel" style={{ marginBottom: 12 }}>
      <Space orientation="vertical" style={{ width: "100%" }}>
        {view.lastReturn && view.actions.includes("submit") && (
          <Alert type="warning" showIcon title={`${view.lastReturn.actor}退回：${view.lastReturn.comment}`} />
        )}
        {view.correctionNote && <Alert type="info" showIcon title={`更正说明：${view.correctionNote}`} />}
        <Space wrap>
          {view.actions.includes("submit") && (
            <Button
              type="primary"
              disabled={errors > 0 || !saved}
              onClick={openSubmit}
              title={errors ? `还有 ${errors} 个错误，改正后才能提交` : !saved ? "正在保存，请稍候" : undefined}
            >
              提交审核
            </Button>
          )}
          {view.actions.includes("approve") && (
            <Button type="primary" loading={busy} onClick={() => void run({ action: "approve" }, "已审核通过")}>
              审核通过
            </Button>
          )}
          {view.actions.includes("publish") && (
            <Button
              type="primary"
              loading={busy}
              onClick={() =>
                Modal.confirm({
                  title: "发布年报",
                  content: "发布后将按当前内容生成 Word 和网页文件并冻结保存；此后的更正会作为新的版次发布。",
                  okText: "发布",
                  cancelText: "取消",
                  onOk: () => run({ action: "publish" }, "已发布"),
                })
              }
            >
              发布
            </Button>
          )}
          {view.actions.includes("return") && (
            <Button danger onClick={() => setDialog("return")}>
              退回
            </Button>
          )}
          {view.actions.includes("correct") && <Button onClick={() => setDialog("correct")}>更正</Button>}
          {isReviewer && view.actions.length > 0 && <Button onClick={() => setDialog("comment")}>添加批注</Button>}
          <Link href={`/reports/${reportId}/history`}>历史记录</Link>
        </Space>
        {errors > 0 && view.actions.includes("submit") && <Typography.Text type="danger">还有 {errors} 个错误，改正后才能提交。</Typography.Text>}

        {view.comments.length > 0 && (
          <List
            size="small"
            header={`批注（${open.length} 条未解决）`}
            dataSource={view.comments}
            renderItem={(comment) => (
              <List.Item
                data-testid="comment"
                actions={
                  isFiller && !comment.resolvedAt
                    ? [
                        <Button key="resolve" size="small" loading={busy} onClick={() => void run({ action: "resolve-comment", commentId: comment.id }, "已标记为已解决")}>
                          已解决
                        </Button>,
                      ]
                    : []
                }
              >
                <div>
                  <a onClick={() => onOpenTarget(comment.target)}>{targetLabel(template, comment.target)}</a>
                  {comment.resolvedAt ? <Tag color="green" style={{ marginLeft: 4 }}>已解决</Tag> : <Tag color="blue" style={{ marginLeft: 4 }}>未解决</Tag>}
                  <div>{comment.body}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {comment.authorName} {new Date(comment.createdAt).toLocaleString("zh-CN", { hour12: false })}
                  </Typography.Text>
                </div>
              </List.Item>
            )}
          />
        )}

        {isReviewer && view.explanations.length > 0 && (
          <List
            size="small"
            header="填报人对警告的说明"
            dataSource={view.explanations}
            renderItem={(item) => {
              const accepted = view.acceptances.find((a) => a.key === item.key);
              return (
                <List.Item>
                  <div>
                    <div>{item.message}</div>
                    <Typography.Text type="secondary">说明：{item.explanation}</Typography.Text>
                    <div>
                      {accepted ? (
                        <Tag color="green">已接受：{accepted.reason}</Tag>
                      ) : (
                        <Button
                          size="small"
                          onClick={() => {
                            setAcceptKey(item.key);
                            setText(item.explanation);
                            setDialog("accept");
                          }}
                        >
                          接受
                        </Button>
                      )}
                    </div>
                  </div>
                </List.Item>
              );
            }}
          />
        )}

        {view.publications.length > 0 && (
          <List
            size="small"
            header="已发布版次"
            dataSource={view.publications}
            renderItem={(p) => (
              <List.Item>
                <div>
                  第 {p.edition} 版{p.note ? `（更正：${p.note}）` : ""} · {p.publishedBy} · {new Date(p.publishedAt).toLocaleString("zh-CN", { hour12: false })}
                  <div>
                    <a href={`/reports/${reportId}/published/${p.edition}/docx`}>Word</a> · <a href={`/reports/${reportId}/published/${p.edition}/html`}>网页</a>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}> SHA-256 {p.docxSha256.slice(0, 12)}…</Typography.Text>
                  </div>
                </div>
              </List.Item>
            )}
          />
        )}
      </Space>

      <Modal
        open={dialog === "submit"}
        title="提交审核"
        okText="提交"
        cancelText="取消"
        confirmLoading={busy}
        onCancel={() => setDialog(null)}
        onOk={() => void run({ action: "submit", explanations }, "已提交审核")}
        okButtonProps={{ disabled: warnings.some((w) => !explanations[warningKeyOf(w)]?.trim()) }}
      >
        {warnings.length === 0 ? (
          <Typography.Paragraph>没有错误和警告。提交后，审核人审核期间本年报不能修改。</Typography.Paragraph>
        ) : (
          <>
            <Typography.Paragraph>以下警告需要写明说明，审核人会看到：</Typography.Paragraph>
            {warnings.map((w) => (
              <div key={warningKeyOf(w)} style={{ marginBottom: 12 }}>
                <Typography.Text>{w.message}</Typography.Text>
                <Input.TextArea
                  aria-label={`说明：${w.message}`}
                  value={explanations[warningKeyOf(w)] ?? ""}
                  onChange={(e) => setExplanations((all) => ({ ...all, [warningKeyOf(w)]: e.target.value }))}
                  autoSize={{ minRows: 2 }}
                />
              </div>
            ))}
          </>
        )}
      </Modal>
      <Modal
        open={dialog === "return" || dialog === "correct" || dialog === "comment" || dialog === "accept"}
        title={dialog === "comment" ? `批注：${commentTarget.label}` : dialog === "accept" ? "接受警告" : dialog ? ACTION_LABELS[dialog] : ""}
        okText="确定"
        cancelText="取消"
        confirmLoading={busy}
        onCancel={() => setDialog(null)}
        okButtonProps={{ disabled: !text.trim() }}
        onOk={() => {
          if (dialog === "return") void run({ action: "return", comment: text }, "已退回");
          if (dialog === "correct") void run({ action: "correct", note: text }, "已开始更正，发布后作为新版次");
          if (dialog === "comment") void run({ action: "comment", target: commentTarget.target, body: text }, "已添加批注");
          if (dialog === "accept") void run({ action: "accept-warning", key: acceptKey, reason: text }, "已接受该警告");
        }}
      >
        <Input.TextArea
          aria-label={dialog === "return" ? "退回意见" : dialog === "correct" ? "更正说明" : dialog === "accept" ? "接受理由" : "批注内容"}
          value={text}
          onChange={(e) => setText(e.target.value)}
          autoSize={{ minRows: 3 }}
        />
      </Modal>
    </Card>
  );
});
