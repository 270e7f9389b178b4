"use client";

import { App, Button, Empty, Input, Select, Space, Table, Typography } from "antd";
import type { SorterResult } from "antd/es/table/interface";
import Link from "next/link";

import { YearInput } from "@/components/year-input";
import { useRouter } from "next/navigation";
import { useState } from "react";

import {
  DEADLINE_FILTER_LABELS,
  FINDINGS_FILTER_LABELS,
  REVIEW_PAGE_SIZES,
  reviewBoardSearch,
  type TReviewBoardParams,
  type TReviewSortKey,
  type TReviewStatusFilter,
} from "@/lib/workflow/review-board-query";
import { STATUS_LABELS } from "@/lib/workflow/transitions";

import type { TReviewBoardRow } from "@/lib/services/load-review-board";

import { ReminderDialog } from "./reminder-dialog";
import { reviewBoardColumns } from "./review-board-columns";

/** One office on the board, as `loadReviewBoardFor` gives it. */
type TRow = TReviewBoardRow;

const STATUS_OPTIONS: { value: TReviewStatusFilter; label: string }[] = [
  { value: "NONE", label: "未创建" },
  ...Object.entries(STATUS_LABELS).map(([value, label]) => ({ value: value as TReviewStatusFilter, label })),
];

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
  /** Offices whose 汇总 the reviewer may make, each linked to its roll-up and its 图解 pages. */
  rollupOffices?: { id: string; name: string }[];
}>) {
  const router = useRouter();
  const { message } = App.useApp();
  const [selected, setSelected] = useState<string[]>([]);
  const [reminding, setReminding] = useState(false);
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
        {rollupOffices.flatMap((office) => {
          const of = rollupOffices.length > 1 ? `（${office.name}）` : "";
          const query = `office=${office.id}&year=${params.year}`;
          return [
            <Link key={`rollup-${office.id}`} href={`/review/rollup?${query}`}>
              汇总{of}
            </Link>,
            <Link key={`tujie-${office.id}`} href={`/review/tujie?${query}`}>
              图解{of}
            </Link>,
          ];
        })}
      </Space>
      <Space wrap role="group" aria-label="筛选">
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
          disabled={downloadable.length === 0 || downloading}
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
        columns={reviewBoardColumns(sortOrder)}
      />
      <ReminderDialog
        year={params.year}
        offices={chosen}
        open={reminding}
        onClose={() => setReminding(false)}
        onSent={() => {
          setReminding(false);
          setSelected([]);
        }}
      />
    </Space>
  );
}
