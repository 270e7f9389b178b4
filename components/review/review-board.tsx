"use client";

import { Alert, App, Button, Empty, Input, Modal, Select, Space, Table, Tag, Typography } from "antd";
import type { SorterResult } from "antd/es/table/interface";
import Link from "next/link";

import { YearInput } from "@/components/year-input";
import { ProgressCell } from "@/components/reports/progress-cell";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import {
  DEADLINE_FILTER_LABELS,
  FINDINGS_FILTER_LABELS,
  REVIEW_PAGE_SIZES,
  reviewBoardSearch,
  type TReviewBoardParams,
  type TReviewSortKey,
  type TReviewStatusFilter,
} from "@/lib/workflow/review-board-query";
import { STATUS_LABELS, statusLabel } from "@/lib/workflow/transitions";

import { REMINDER_REPEAT_HOURS } from "@/lib/inbox/kinds";
import type { TReviewBoardRow } from "@/lib/services/load-review-board";

import { sendRemindersAction } from "./actions";

/** One office on the board, as `loadReviewBoardFor` gives it. */
type TRow = TReviewBoardRow;

/** Tag colour of each status on the 审核台 (labels: `statusLabel`, lib/workflow/transitions). */
const STATUS_COLORS: Record<string, string> = {
  SUBMITTED: "blue",
  RETURNED: "orange",
  APPROVED: "cyan",
  PUBLISHED: "green",
};

const STATUS_OPTIONS: { value: TReviewStatusFilter; label: string }[] = [
  { value: "NONE", label: "未创建" },
  ...Object.entries(STATUS_LABELS).map(([value, label]) => ({ value: value as TReviewStatusFilter, label })),
];

const dateTime = (iso: string) => new Date(iso).toLocaleString("zh-CN", { hour12: false });

/** Reports that may go into the zip (the server checks again and lists what it left out). */
const DOWNLOADABLE = new Set(["APPROVED", "PUBLISHED"]);

/** Saves a downloaded Blob under its server-given name (RFC 6266 `filename*`). */
const saveBlob = (blob: Blob, disposition: string | null, fallback: string) => {
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition ?? "")?.[1];
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = encoded ? decodeURIComponent(encoded) : fallback;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
};

/**
 * 审核台: the offices the reviewer oversees for one report year, filtered, sorted and paged on the server
 * (the address holds the query, so a reload or a shared link shows the same page); 催报 and 批量下载 for the
 * offices ticked on the page.
 */
export function ReviewBoard({
  params,
  rows,
  total,
  overseen,
  isReviewer,
  rollupOffices = [],
}: Readonly<{
  params: TReviewBoardParams;
  rows: TRow[];
  total: number;
  overseen: number;
  isReviewer: boolean;
  /** Offices whose 汇总 the reviewer may make, each linked to its roll-up page. */
  rollupOffices?: { id: string; name: string }[];
}>) {
  const router = useRouter();
  const { message, modal } = App.useApp();
  const [selected, setSelected] = useState<string[]>([]);
  const [reminding, setReminding] = useState(false);
  const [note, setNote] = useState("");
  const [pending, startTransition] = useTransition();
  const [downloading, setDownloading] = useState(false);
  if (!isReviewer) {
    return <Empty description="您不是审核人；审核台显示审核人所在机关及下级机关的年报。" />;
  }

  const go = (change: Partial<TReviewBoardParams>) => {
    setSelected([]);
    const page = "page" in change ? (change.page ?? 1) : 1;
    router.push(`/review?${reviewBoardSearch({ ...params, ...change, page })}`);
  };
  const chosen = rows.filter((row) => selected.includes(row.officeId));
  const downloadable = chosen.filter((row) => DOWNLOADABLE.has(row.status ?? ""));

  const sendReminders = () =>
    startTransition(async () => {
      const result = await sendRemindersAction({ year: params.year, officeIds: selected, note });
      if (!result.ok) {
        message.error(result.error.message);
        return;
      }
      const { reminded, recipients, skipped, withoutFiller, recentlyReminded } = result.data;
      setReminding(false);
      setNote("");
      setSelected([]);
      const lines = [
        reminded ? `已向 ${reminded} 个机关催报，${recipients} 位填报人收到待办。` : "没有发送催报。",
        ...(skipped.length
          ? [
              `已跳过 ${skipped.length} 个已提交的机关：${skipped.map((s) => `${s.name}（${s.status}）`).join("、")}。`,
            ]
          : []),
        ...(recentlyReminded.length
          ? [
              `已跳过 ${recentlyReminded.length} 个 ${REMINDER_REPEAT_HOURS} 小时内已催报过的机关：${recentlyReminded.map((r) => `${r.name}（${r.atText}，${r.by}）`).join("、")}。`,
            ]
          : []),
        ...(withoutFiller.length
          ? [`以下机关没有填报人账号，无人收到待办：${withoutFiller.join("、")}。`]
          : []),
      ];
      if (skipped.length || withoutFiller.length || recentlyReminded.length)
        modal.info({ title: "催报结果", content: lines.join("\n") });
      else message.success(lines[0]);
      router.refresh();
    });

  const download = async () => {
    setDownloading(true);
    try {
      const response = await fetch("/review/download", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ year: params.year, officeIds: downloadable.map((row) => row.officeId) }),
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        message.error(body?.error?.message ?? "下载失败，请稍后重试。");
        return;
      }
      saveBlob(
        await response.blob(),
        response.headers.get("content-disposition"),
        `${params.year}年度年报.zip`,
      );
    } catch {
      message.error("网络连接中断，下载失败。");
    } finally {
      setDownloading(false);
    }
  };

  const sortOrder = (key: TReviewSortKey) =>
    params.sort === key ? (params.descending ? ("descend" as const) : ("ascend" as const)) : null;

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Space wrap>
        <Typography.Title level={2} style={{ margin: 0 }}>
          审核台
        </Typography.Title>
        <YearInput value={params.year} onChange={(year) => go({ year })} />
        {rollupOffices.map((office) => (
          <Link key={office.id} href={`/review/rollup?office=${office.id}&year=${params.year}`}>
            {rollupOffices.length > 1 ? `汇总（${office.name}）` : "汇总"}
          </Link>
        ))}
      </Space>
      <Space wrap aria-label="筛选">
        <Select<TReviewStatusFilter[]>
          mode="multiple"
          allowClear
          aria-label="状态"
          placeholder="全部状态"
          style={{ minWidth: 220 }}
          value={params.statuses}
          options={STATUS_OPTIONS}
          onChange={(statuses) => go({ statuses })}
        />
        <Select
          allowClear
          aria-label="错误和警告"
          placeholder="错误和警告"
          style={{ minWidth: 150 }}
          value={params.findings ?? undefined}
          options={Object.entries(FINDINGS_FILTER_LABELS).map(([value, label]) => ({ value, label }))}
          onChange={(findings) => go({ findings: (findings as TReviewBoardParams["findings"]) ?? null })}
        />
        <Select
          allowClear
          aria-label="期限"
          placeholder="期限"
          style={{ minWidth: 150 }}
          value={params.deadline ?? undefined}
          options={Object.entries(DEADLINE_FILTER_LABELS).map(([value, label]) => ({ value, label }))}
          onChange={(deadline) => go({ deadline: (deadline as TReviewBoardParams["deadline"]) ?? null })}
        />
        <Input.Search
          aria-label="机关名称"
          placeholder="机关名称"
          allowClear
          defaultValue={params.search}
          onSearch={(search) => go({ search: search.trim() })}
          style={{ width: 200 }}
        />
      </Space>
      <Space wrap>
        <Typography.Text>
          符合条件 {total} 个机关（所管 {overseen} 个）{selected.length ? `，已选 ${selected.length} 个` : ""}
        </Typography.Text>
        <Button disabled={selected.length === 0} onClick={() => setReminding(true)}>
          催报{selected.length ? `（${selected.length}）` : ""}
        </Button>
        <Button
          disabled={downloadable.length === 0}
          loading={downloading}
          onClick={download}
          title="下载所选机关中已通过或已发布的年报（Word），打包为一个 zip 文件"
        >
          下载所选年报{downloadable.length ? `（${downloadable.length}）` : ""}
        </Button>
      </Space>
      <Table<TRow>
        rowKey="officeId"
        dataSource={rows}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) }}
        pagination={{
          current: params.page,
          pageSize: params.pageSize,
          total,
          showSizeChanger: true,
          pageSizeOptions: REVIEW_PAGE_SIZES.map(String),
          showTotal: (count) => `共 ${count} 个`,
        }}
        onChange={(pagination, _filters, sorter, extra) => {
          if (extra.action === "paginate") {
            go({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? params.pageSize });
            return;
          }
          const sort = sorter as SorterResult<TRow>;
          const key = (sort.order ? sort.columnKey : "name") as TReviewSortKey;
          go({ sort: key, descending: sort.order === "descend" });
        }}
        columns={[
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
                <Typography.Text type={row.counts.error ? "danger" : undefined}>
                  {row.counts.error}
                </Typography.Text>
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
                    <Tag color={row.deadline.daysLeft <= 7 ? "orange" : "default"}>
                      剩 {row.deadline.daysLeft} 天
                    </Tag>
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
        ]}
      />
      <Modal
        title={`催报（${selected.length} 个机关）`}
        open={reminding}
        okText="发送催报"
        cancelText="取消"
        confirmLoading={pending}
        onOk={sendReminders}
        onCancel={() => setReminding(false)}
      >
        <Space orientation="vertical" style={{ width: "100%" }}>
          <Alert
            type="info"
            showIcon
            title="所选机关的填报人将在“待办与消息”中收到催报（配置了邮件时同时发送邮件）；已提交、已通过或已发布的机关会被跳过。"
          />
          <Typography.Text>{chosen.map((row) => row.officeName).join("、")}</Typography.Text>
          <Input.TextArea
            aria-label="附言"
            placeholder="附言（可选，不超过 200 字），例如：请于本周五前提交。"
            maxLength={200}
            showCount
            value={note}
            onChange={(event) => setNote(event.target.value)}
            style={{ marginBottom: 20 }}
          />
        </Space>
      </Modal>
    </Space>
  );
}
