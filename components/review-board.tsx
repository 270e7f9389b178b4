"use client";

import { Empty, InputNumber, Space, Table, Tag, Typography } from "antd";
import Link from "next/link";
import { useRouter } from "next/navigation";

import { REPORT_STATUS_LABELS } from "@/lib/site/report-status";
import type { TDeadline } from "@/lib/workflow/deadlines";

interface TRow {
  officeId: string;
  officeName: string;
  reportId: string | null;
  status: string | null;
  counts: { error: number; warning: number; info: number } | null;
  updatedAt: string | null;
  deadline: TDeadline;
}

const STATUS_COLORS: Record<string, string> = { SUBMITTED: "blue", RETURNED: "orange", APPROVED: "cyan", PUBLISHED: "green" };

/** 审核台: every office the reviewer oversees, for one report year, with status, findings and the legal deadline. */
export function ReviewBoard({ year, rows, isReviewer }: Readonly<{ year: number; rows: TRow[]; isReviewer: boolean }>) {
  const router = useRouter();
  if (!isReviewer) {
    return <Empty description="您不是审核人；审核台显示审核人所在机关及下级机关的年报。" />;
  }
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Space wrap>
        <Typography.Title level={2} style={{ margin: 0 }}>
          审核台
        </Typography.Title>
        <span>年度</span>
        <InputNumber aria-label="年度" min={2019} max={2100} value={year} onChange={(value) => value && router.push(`/review?year=${value}`)} />
      </Space>
      <Table<TRow>
        rowKey="officeId"
        dataSource={rows}
        pagination={false}
        columns={[
          { title: "机关", dataIndex: "officeName" },
          {
            title: "状态",
            dataIndex: "status",
            render: (status: string | null) => (status ? <Tag color={STATUS_COLORS[status]}>{REPORT_STATUS_LABELS[status] ?? status}</Tag> : <Tag>未创建</Tag>),
          },
          {
            title: "错误 / 警告",
            key: "counts",
            render: (_, row) => (row.counts ? `${row.counts.error} / ${row.counts.warning}` : "—"),
          },
          { title: "最后修改", dataIndex: "updatedAt", render: (v: string | null) => (v ? new Date(v).toLocaleString("zh-CN", { hour12: false }) : "—") },
          {
            title: "法定期限",
            key: "deadline",
            render: (_, row) => {
              const done = row.status === "PUBLISHED";
              const late = !done && row.deadline.daysLeft < 0;
              return (
                <span>
                  {row.deadline.label}{" "}
                  {done ? (
                    <Tag color="green">已发布</Tag>
                  ) : late ? (
                    <Tag color="red">已逾期 {-row.deadline.daysLeft} 天</Tag>
                  ) : (
                    <Tag color={row.deadline.daysLeft <= 7 ? "orange" : "default"}>剩 {row.deadline.daysLeft} 天</Tag>
                  )}
                </span>
              );
            },
          },
          { title: "操作", key: "open", render: (_, row) => (row.reportId ? <Link href={`/reports/${row.reportId}`}>审核</Link> : null) },
        ]}
      />
    </Space>
  );
}
