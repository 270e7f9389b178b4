"use client";

import { App, Button, Collapse, Table } from "antd";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import { formatDateTime } from "@/lib/format/date-time";
import { nameThenYear } from "@/lib/report/title";
import type { TDeletedDraftRow } from "@/lib/services/deleted-drafts";

import { restoreDraftAction } from "./actions";

/**
 * 我的年报's collapsed list of 已删除的草稿 (D60): when and by whom each was deleted, and 恢复, which takes the
 * draft back as it was and opens it.
 */
export function DeletedDrafts({ rows }: Readonly<{ rows: TDeletedDraftRow[] }>) {
  const { message } = App.useApp();
  const router = useRouter();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [, startTransition] = useTransition();
  if (!rows.length) return null;
  const restore = (id: string) => {
    setBusyId(id);
    startTransition(async () => {
      const result = await restoreDraftAction(id);
      if (!result.ok) {
        setBusyId(null);
        void message.error(result.error.message);
        return;
      }
      void message.success("草稿已恢复");
      router.push(`/reports/${id}`);
    });
  };
  return (
    <Collapse
      data-testid="deleted-drafts"
      items={[
        {
          key: "deleted",
          label: `已删除的草稿（${rows.length}）`,
          children: (
            <Table<TDeletedDraftRow>
              rowKey="id"
              size="small"
              dataSource={rows}
              pagination={false}
              columns={[
                { title: "年度", dataIndex: "year", render: (value: number) => `${value}年度` },
                { title: "机关", dataIndex: "officeName" },
                { title: "删除时间", dataIndex: "deletedAt", render: (v: string) => formatDateTime(v) },
                { title: "删除人", dataIndex: "deletedBy", render: (v: string | null) => v ?? "（未记录）" },
                {
                  title: "操作",
                  key: "restore",
                  render: (_, row) => (
                    <Button
                      size="small"
                      autoInsertSpace={false}
                      loading={busyId === row.id}
                      disabled={busyId !== null && busyId !== row.id}
                      onClick={() => restore(row.id)}
                      aria-label={`恢复${nameThenYear(row.officeName, row.year)}年度草稿`}
                    >
                      恢复
                    </Button>
                  ),
                },
              ]}
            />
          ),
        },
      ]}
    />
  );
}
