"use client";

import { Card, Empty, Space, Table, Typography } from "antd";
import Link from "next/link";

import type { TReportDiff } from "@/lib/report/diff";
import { REPORT_STATUS_LABELS } from "@/lib/site/report-status";

const ACTION_NAMES: Record<string, string> = {
  CREATE: "新建",
  SAVE: "保存",
  submit: "提交审核",
  return: "退回",
  approve: "审核通过",
  publish: "发布",
  correct: "开始更正",
  comment: "批注",
  "resolve-comment": "批注已解决",
  "accept-warning": "接受警告",
};

interface TProps {
  reportId: string;
  title: string;
  events: { id: string; action: string; actor: string; at: string; detail: string }[];
  submittedAt: string | null;
  diff: TReportDiff | null;
}

const statusText = (detail: string) => detail.replace(/\b(DRAFT|SUBMITTED|RETURNED|APPROVED|PUBLISHED)\b/g, (s) => REPORT_STATUS_LABELS[s] ?? s);

export function ReportHistory({ reportId, title, events, submittedAt, diff }: Readonly<TProps>) {
  const changes = diff
    ? [
        ...diff.details.map((d) => ({ key: `d${d.field}`, what: d.field, before: d.before, after: d.after })),
        ...diff.narrative.map((n) => ({ key: `n${n.key}`, what: n.label, before: n.before, after: n.after })),
        ...diff.cells.map((c) => ({ key: `c${c.id}`, what: c.label, before: c.before, after: c.after })),
      ]
    : [];
  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <Space wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          历史记录：{title}
        </Typography.Title>
        <Link href={`/reports/${reportId}`}>返回年报</Link>
      </Space>
      <Card title={submittedAt ? `自上次提交（${new Date(submittedAt).toLocaleString("zh-CN", { hour12: false })}）以来的修改` : "自上次提交以来的修改"}>
        {!diff ? (
          <Empty description="尚未提交过" />
        ) : (
          <Table
            size="small"
            pagination={false}
            dataSource={changes}
            locale={{ emptyText: "没有修改" }}
            data-testid="diff-table"
            columns={[
              { title: "内容", dataIndex: "what", width: "30%" },
              { title: "提交时", dataIndex: "before", render: (v: string) => <span style={{ whiteSpace: "pre-wrap" }}>{v}</span> },
              { title: "现在", dataIndex: "after", render: (v: string) => <span style={{ whiteSpace: "pre-wrap" }}>{v}</span> },
            ]}
          />
        )}
      </Card>
      <Card title="全部操作">
        <Table
          size="small"
          rowKey="id"
          pagination={{ pageSize: 50 }}
          dataSource={[...events].reverse()}
          columns={[
            { title: "时间", dataIndex: "at", render: (v: string) => new Date(v).toLocaleString("zh-CN", { hour12: false }), width: 180 },
            { title: "操作人", dataIndex: "actor", width: 160 },
            { title: "操作", dataIndex: "action", render: (v: string) => ACTION_NAMES[v] ?? v, width: 120 },
            { title: "内容", dataIndex: "detail", render: (v: string) => statusText(v) },
          ]}
        />
      </Card>
    </Space>
  );
}
