"use client";

import { Checkbox, Select, Table, Tag, Typography } from "antd";
import Link from "next/link";

import { IMPORTED_PUBLISHED_LABEL } from "@/components/reports/import-panel";
import { ImportReadTables } from "@/components/reports/import-read-tables";
import { batchOutcomeFor } from "@/lib/import/batch";
import { MATCH_REASON_LABELS, type TMatchableOffice } from "@/lib/offices/match-office";

import { aliasByDefault, isKnownName, printedNameOf, type TBatchRow } from "./batch-rows";

interface TProps {
  rows: TBatchRow[];
  problems: (string | null)[];
  offices: TMatchableOffice[];
  currentYear: number;
  busy: boolean;
  onChange(key: string, change: Partial<TBatchRow>): void;
}

const STATE_LABELS: Record<TBatchRow["state"], string> = {
  waiting: "待读取",
  reading: "读取中…",
  read: "已读取",
  failed: "无法读取",
  saving: "保存中…",
  saved: "已导入",
};

/** How the office was recognised: the reason, the printed name and the similarity where it is a guess to check. */
function MatchCell({ row }: Readonly<{ row: TBatchRow }>) {
  const match = row.item?.match;
  if (!match) return null;
  if (match.status === "matched" && row.officeId === match.match.officeId) {
    const { reason, score, via } = match.match;
    return (
      <span data-testid="batch-reason">
        <Tag color={reason === "similar" ? "orange" : reason === "contained" ? "gold" : "green"}>
          {MATCH_REASON_LABELS[reason]}
        </Tag>
        {reason === "similar" && `相似度 ${Math.round(score * 100)}%，请核对`}
        {reason === "alias" && `别名“${via}”`}
      </span>
    );
  }
  if (row.officeId) return <Tag color="blue">人工选择</Tag>;
  return <Tag color="red">{match.status === "ambiguous" ? "多个机关相符" : "未能匹配"}</Tag>;
}

/** The batch as a list: each file with the name it prints, the office chosen for it, why, the year and what happens. */
export function BatchTable({ rows, problems, offices, currentYear, busy, onChange }: Readonly<TProps>) {
  const byId = new Map(offices.map((office) => [office.id, office]));
  return (
    <Table<TBatchRow>
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={rows}
      scroll={{ x: 960 }}
      // What was read from each file, before anything is saved: the sections and every cell with its mark.
      expandable={{
        rowExpandable: (row) => Boolean(row.item),
        expandedRowRender: (row) =>
          row.item ? <ImportReadTables review={row.item.review} document={row.item.review.document} /> : null,
      }}
      onRow={(row) =>
        ({ "data-testid": "batch-row", "data-label": row.label }) as React.HTMLAttributes<HTMLElement>
      }
      columns={[
        { title: "序号", width: 56, render: (_value, _row, index) => index + 1 },
        { title: "文件", dataIndex: "label", width: 180, ellipsis: true },
        {
          title: "报告中印的机关名称",
          width: 200,
          render: (_value, row) => row.item?.printedNames.join(" / ") || (row.item ? "（未印）" : ""),
        },
        {
          title: "导入到机关",
          width: 220,
          render: (_value, row) => {
            if (!row.item) return null;
            const candidates = new Set(row.item.match.candidates.map((c) => c.officeId));
            const options = [...offices].sort(
              (a, b) => Number(candidates.has(b.id)) - Number(candidates.has(a.id)),
            );
            return (
              <Select
                aria-label={`${row.label} 的机关`}
                style={{ width: "100%" }}
                placeholder="请选择机关"
                disabled={busy || row.state === "saved"}
                value={row.officeId ?? undefined}
                options={options.map((office) => ({
                  value: office.id,
                  label: candidates.has(office.id) ? `${office.name}（相符）` : office.name,
                }))}
                onChange={(officeId: string) =>
                  onChange(row.key, {
                    officeId,
                    error: undefined,
                    addAlias: row.item ? aliasByDefault(byId.get(officeId), row.item) : false,
                  })
                }
              />
            );
          },
        },
        { title: "认定依据", width: 200, render: (_value, row) => <MatchCell row={row} /> },
        { title: "年度", width: 72, render: (_value, row) => row.item?.review.document.year ?? "" },
        {
          title: "存为",
          width: 120,
          render: (_value, row) =>
            row.item
              ? batchOutcomeFor(row.item.review.document.year, currentYear) === "published"
                ? IMPORTED_PUBLISHED_LABEL
                : "草稿"
              : "",
        },
        {
          title: "记为别名",
          width: 150,
          render: (_value, row) => {
            const name = printedNameOf(row);
            if (!row.officeId || row.state === "saved" || isKnownName(byId.get(row.officeId), name))
              return null;
            return (
              <Checkbox
                checked={row.addAlias}
                disabled={busy}
                onChange={(event) => onChange(row.key, { addAlias: event.target.checked })}
              >
                {name}
              </Checkbox>
            );
          },
        },
        {
          title: "情况",
          width: 260,
          render: (_value, row, index) => {
            if (row.saved)
              return (
                <Link href={`/reports/${row.saved.id}`}>
                  已导入（{row.saved.as === "published" ? IMPORTED_PUBLISHED_LABEL : "草稿"}），查看
                </Link>
              );
            const problem = problems[index];
            return problem ? (
              <Typography.Text
                type="danger"
                data-testid="batch-problem"
                style={{ whiteSpace: "normal", wordBreak: "break-word", display: "block" }}
              >
                {problem}
              </Typography.Text>
            ) : (
              STATE_LABELS[row.state]
            );
          },
        },
      ]}
    />
  );
}
