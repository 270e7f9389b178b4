"use client";

import { Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import Link from "next/link";

import { ProgressCell } from "@/components/reports/progress-cell";
import type { TReviewBoardRow } from "@/lib/services/load-review-board";
import type { TReviewSortKey } from "@/lib/workflow/review-board-query";
import { statusLabel } from "@/lib/workflow/transitions";
import { formatDateTime } from "@/lib/format/date-time";

/** Tag colour of each status on the 审核台 (labels: `statusLabel`, lib/workflow/transitions). */
const STATUS_COLORS: Record<string, string> = {
  SUBMITTED: "blue",
  RETURNED: "orange",
  APPROVED: "cyan",
  PUBLISHED: "green",
};

const dateTime = (iso: string) => formatDateTime(iso);

/**
 * The 审核台's columns: office, status, 完整度, errors and warnings (cached counts, 本地要求 included), last
 * change, deadline with its state, the last 催报 and the link to the report. `sortOrder` marks the column the
 * board is sorted by (sorting itself happens on the server).
 */
export const reviewBoardColumns = (
  sortOrder: (key: TReviewSortKey) => "ascend" | "descend" | null,
): ColumnsType<TReviewBoardRow> => [
  { title: "机关", dataIndex: "officeName", key: "name", sorter: true, sortOrder: sortOrder("name") },
  {
    title: "状态",
    dataIndex: "status",
    key: "status",
    sorter: true,
    sortOrder: sortOrder("status"),
    render: (status: string | null) =>
      status ? <Tag color={STATUS_COLORS[status]}>{statusLabel(status)}</Tag> : <Tag>未创建</Tag>,
  },
  {
    title: "完整度",
    key: "progress",
    render: (_, row) => (row.progress ? <ProgressCell progress={row.progress} /> : "—"),
  },
  {
    title: "错误",
    key: "errors",
    sorter: true,
    sortOrder: sortOrder("errors"),
    render: (_, row) =>
      row.counts ? (
        <Typography.Text type={row.counts.error ? "danger" : undefined}>{row.counts.error}</Typography.Text>
      ) : (
        "—"
      ),
  },
  {
    title: "警告",
    key: "warnings",
    sorter: true,
    sortOrder: sortOrder("warnings"),
    render: (_, row) => (row.counts ? row.counts.warning : "—"),
  },
  {
    title: "最后修改",
    dataIndex: "updatedAt",
    key: "updatedAt",
    sorter: true,
    sortOrder: sortOrder("updatedAt"),
    render: (v: string | null) => (v ? dateTime(v) : "—"),
  },
  {
    title: "法定期限",
    key: "deadline",
    sorter: true,
    sortOrder: sortOrder("deadline"),
    render: (_, row) => {
      const done = row.status === "PUBLISHED";
      const late = !done && row.deadline.daysLeft < 0;
      return (
        <span>
          {row.deadline.label}{" "}
          {row.published ? (
            <Tag
              color={row.published.daysLate === 0 ? "green" : "red"}
              title={`${row.published.publishedOn} 首次发布`}
            >
              {row.published.daysLate === 0 ? "按时发布" : `${row.published.label}发布`}
            </Tag>
          ) : done ? (
            <Tag color={STATUS_COLORS.PUBLISHED}>{statusLabel("PUBLISHED")}</Tag>
          ) : late ? (
            <Tag color="red">已逾期 {-row.deadline.daysLeft} 天</Tag>
          ) : (
            <Tag color={row.deadline.daysLeft <= 7 ? "orange" : "default"}>剩 {row.deadline.daysLeft} 天</Tag>
          )}
        </span>
      );
    },
  },
  {
    title: "催报",
    key: "reminded",
    render: (_, row) =>
      row.reminded ? (
        <span title={`最近一次：${row.reminded.by}，${dateTime(row.reminded.at)}`}>
          {dateTime(row.reminded.at)}
          {row.reminded.count > 1 ? `（共 ${row.reminded.count} 次）` : ""}
        </span>
      ) : (
        "—"
      ),
  },
  {
    title: "操作",
    key: "open",
    // Only a report waiting for review is reviewed; any other is looked at.
    render: (_, row) =>
      row.reportId ? (
        <Link href={`/reports/${row.reportId}`}>{row.status === "SUBMITTED" ? "审核" : "查看"}</Link>
      ) : null,
  },
];
