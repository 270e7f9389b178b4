"use client";

import { Alert, Checkbox, Table, Typography } from "antd";

import type { TCellDiffRow, TTableDiff } from "@/lib/import/into-draft";
import type { TCellValue } from "@/lib/report/schema";
import { BLANK_MARK } from "@/lib/import/types";

const shown = (value: TCellValue): string => (value === null ? "（空）" : String(value));

const SOURCE_WORDS: Record<TCellDiffRow["how"], string> = {
  read: "读取",
  split: "拆分连写数字",
  blank: BLANK_MARK,
  unread: "无法读取",
};

/** Where the new value of a row was printed, in words. */
const sourceOf = (row: TCellDiffRow): string =>
  row.how === "blank" || row.how === "unread"
    ? `${SOURCE_WORDS[row.how]}${row.provenance ? `（${row.provenance.where}）` : ""}`
    : `${row.provenance?.where ?? ""} 原文“${row.provenance?.raw ?? ""}”${row.how === "split" ? "（拆分）" : ""}`;

interface TProps {
  diff: TTableDiff;
  keepWhereBlank: boolean;
  onKeepWhereBlank(keep: boolean): void;
}

/** The cells an import of tables would change (old → new, where read), and what it keeps. */
export function TableImportDiff({ diff, keepWhereBlank, onKeepWhereBlank }: Readonly<TProps>) {
  const blanks = diff.changes.filter((row) => row.how === "blank").length + diff.keptBlank.length;
  return (
    <div data-testid="table-import-diff">
      <Typography.Paragraph>
        {diff.changes.length} 个单元格将改变，{diff.unchanged} 个与草稿相同
        {diff.unread.length ? `，${diff.unread.length} 个文件中无法读取（保留草稿现值）` : ""}。总计自动重算。
      </Typography.Paragraph>
      {blanks > 0 && (
        <Checkbox checked={keepWhereBlank} onChange={(event) => onKeepWhereBlank(event.target.checked)}>
          原报告空白的单元格保留草稿现有的值（{blanks} 个空白）
        </Checkbox>
      )}
      <Table<TCellDiffRow>
        size="small"
        rowKey="cellId"
        pagination={diff.changes.length > 50 ? { pageSize: 50 } : false}
        dataSource={diff.changes}
        locale={{ emptyText: "没有需要改变的单元格" }}
        columns={[
          { title: "单元格", dataIndex: "label" },
          { title: "草稿现值", render: (_, row) => shown(row.before), width: 90 },
          {
            title: "导入后",
            width: 90,
            render: (_, row) => <strong data-testid={`after-${row.cellId}`}>{shown(row.after)}</strong>,
          },
          { title: "来源", render: (_, row) => sourceOf(row) },
        ]}
      />
      {diff.unread.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={`文件中无法读取 ${diff.unread.length} 个单元格，保留草稿现值`}
          description={diff.unread
            .slice(0, 12)
            .map((row) => `${row.label}（现值 ${shown(row.before)}）`)
            .join("；")
            .concat(diff.unread.length > 12 ? "……" : "")}
        />
      )}
    </div>
  );
}
