"use client";

import { Alert, Card, Empty, Space, Table, Tag, Typography } from "antd";
import Link from "next/link";

import { UndoImportButton } from "@/components/report-editor/undo-import-button";
import type { TDiffComment, TDiffSection } from "@/lib/report/diff";
import { formatDateTime } from "@/lib/format/date-time";

interface TProps {
  reportId: string;
  title: string;
  /** Oldest first; `label` and `summary` from `eventLabel` / `summarizeEvent` of lib/workflow/events. */
  events: {
    id: string;
    actor: string;
    at: string;
    /** An editing session's last save (ISO), shown as the end of its time. */
    until?: string;
    label: string;
    summary: string;
    undo?: { version: number };
  }[];
  /** The version last reviewed (ISO times); null when never submitted. */
  baseline: {
    submittedAt: string;
    reviewed: { label: string; actor: string; at: string; comment: string } | null;
  } | null;
  sections: TDiffSection[] | null;
}

const time = (iso: string) => formatDateTime(iso, { seconds: true });
/** From … to …: the end without its date when it is the same day (both in the report time zone). */
const span = (from: string, to: string) => {
  const [start, end] = [time(from), time(to)];
  const [startDay, endDay] = [start.split(" ")[0], end.split(" ")[0]];
  return `${start} – ${startDay === endDay ? end.split(" ")[1] : end}`;
};

/** A comment's replies under it (D60): what the 填报人 answered next to the change that answers it. */
const Replies = ({ replies }: Readonly<{ replies: TDiffComment["replies"] }>) =>
  replies.length ? (
    <ul style={{ margin: "2px 0 0", paddingInlineStart: 20 }} aria-label="回复">
      {replies.map((r, i) => (
        <li key={i} data-testid="diff-reply">
          回复：{r.authorName}：{r.body}
        </li>
      ))}
    </ul>
  ) : null;

const Comments = ({ comments }: Readonly<{ comments: TDiffComment[] }>) =>
  comments.length ? (
    <Space orientation="vertical" size={2}>
      {comments.map((c, i) => (
        <span key={i} data-testid="answered-comment">
          <Tag color={c.resolved ? "green" : "blue"}>{c.resolved ? "批注·已解决" : "批注"}</Tag>
          {c.authorName}：{c.body}
          <Replies replies={c.replies} />
        </span>
      ))}
    </Space>
  ) : null;

const pre = (v: string) => <span style={{ whiteSpace: "pre-wrap" }}>{v}</span>;

/** One section's changes: what, before, now, and the comments each change answers. */
function SectionChanges({ section }: Readonly<{ section: TDiffSection }>) {
  return (
    <div data-testid="diff-section" data-step={section.step} style={{ marginBottom: 16 }}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {section.label}
        <Typography.Text type="secondary" style={{ fontWeight: "normal", marginLeft: 8 }}>
          {section.changes.length ? `${section.changes.length} 处修改` : "没有修改"}
        </Typography.Text>
      </Typography.Title>
      {section.sectionComments.length > 0 && (
        <div style={{ marginBottom: 8 }}>
          <Typography.Text type="secondary">对本部分的批注：</Typography.Text>
          <Comments comments={section.sectionComments} />
        </div>
      )}
      {section.changes.length > 0 && (
        <Table
          size="small"
          pagination={false}
          rowKey="key"
          dataSource={section.changes}
          columns={[
            { title: "内容", dataIndex: "what", width: "28%" },
            { title: "审核时", dataIndex: "before", render: pre },
            { title: "现在", dataIndex: "after", render: pre },
            {
              title: "对应批注",
              key: "comments",
              width: "28%",
              render: (_, change) => <Comments comments={change.comments} />,
            },
          ]}
        />
      )}
      {section.unanswered.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          title="有批注的单元格未修改"
          description={
            <Space orientation="vertical" size={2}>
              {section.unanswered.map((c, i) => (
                <span key={i} data-testid="unanswered-comment">
                  {c.what}：{c.authorName}：{c.body}
                  {c.resolved ? "（已标记解决）" : ""}
                  <Replies replies={c.replies} />
                </span>
              ))}
            </Space>
          }
        />
      )}
    </div>
  );
}

export function ReportHistory({ reportId, title, events, baseline, sections }: Readonly<TProps>) {
  const reviewed = baseline?.reviewed;
  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <Space wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          历史记录：{title}
        </Typography.Title>
        <Link href={`/reports/${reportId}`}>返回年报</Link>
      </Space>
      <Card
        id="changes"
        title={
          reviewed
            ? `自上次审核以来的修改（${time(baseline.submittedAt)} 提交、${time(reviewed.at)} ${reviewed.label}的版本）`
            : baseline
              ? `自上次提交（${time(baseline.submittedAt)}）以来的修改`
              : "自上次提交以来的修改"
        }
      >
        {!baseline ? (
          <Empty description="尚未提交过" />
        ) : (
          <div data-testid="diff-table">
            {reviewed?.comment && (
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: 12 }}
                title={`${reviewed.actor}${reviewed.label === "退回" ? "退回意见" : "审核意见"}：${reviewed.comment}`}
              />
            )}
            {sections === null ? (
              <Alert type="warning" showIcon title="审核时的版本无法读取，不能对比。" />
            ) : sections.length === 0 ? (
              <Empty description="没有修改" />
            ) : (
              sections.map((section) => <SectionChanges key={section.step} section={section} />)
            )}
          </div>
        )}
      </Card>
      <Card title="全部操作">
        <Table
          size="small"
          rowKey="id"
          pagination={{ pageSize: 50 }}
          dataSource={[...events].reverse()}
          columns={[
            {
              title: "时间",
              dataIndex: "at",
              render: (at: string, row) => (row.until ? span(at, row.until) : time(at)),
              width: 180,
            },
            { title: "操作人", dataIndex: "actor", width: 160 },
            { title: "操作", dataIndex: "label", width: 120 },
            {
              title: "内容",
              dataIndex: "summary",
              render: (summary: string, row) => (
                <Space wrap>
                  {summary}
                  {row.undo && (
                    <UndoImportButton reportId={reportId} eventId={row.id} version={row.undo.version} />
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
