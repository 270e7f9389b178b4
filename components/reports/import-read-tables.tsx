"use client";

import { Collapse, Space, Tag, Tooltip } from "antd";

import type { TReportDocument } from "@/lib/report/schema";
import type { TImportReview } from "@/lib/services/import-report";
import { getTemplate } from "@/lib/template";
import { TABLE_NAMES } from "@/lib/template/labels";

import { cellMark, chosenCells, NARRATIVE_LABELS, type TCellMark } from "./import-review";
import styles from "./import-read-tables.module.css";

/** What a mark says, shown in the legend and read out after the value. */
const MARK_WORDS: Record<TCellMark, string> = {
  read: "读取",
  split: "按合计拆分",
  choice: "待选择",
  blank: "原报告空白",
  unread: "未能读取",
};

interface TProps {
  review: TImportReview;
  /** The document as it would be saved (picks and “blanks as 0” applied). */
  document: TReportDocument;
}

/**
 * 读到的内容: each section's text and every cell of 表二、表三、表四 as read, before anything is saved (issue 11:
 * “a review screen shows what was read”). Each cell is marked (拆分 / 待选择 / 原报告空白 / 未能读取) and tells,
 * when pointed at, where it was printed and its raw text.
 */
export function ImportReadTables({ review, document }: Readonly<TProps>) {
  const template = getTemplate(document.formatVersion);
  const chosen = chosenCells(review);
  const sections = (Object.keys(NARRATIVE_LABELS) as (keyof typeof NARRATIVE_LABELS)[])
    .filter((key) => document.narrative[key])
    .map((key) => ({
      key,
      label: NARRATIVE_LABELS[key],
      children: <pre className={styles.narrative}>{document.narrative[key]}</pre>,
    }));
  const tables = (["t2", "t3", "t4"] as const).map((id) => ({
    key: id,
    label: TABLE_NAMES[id],
    children: (
      <table className={styles.table} data-testid={`import-table-${id}`}>
        <tbody>
          {template.tables[id].rows.map((row, r) => (
            <tr key={r}>
              {row.cells.map((cell, c) => {
                if (cell.type === "label") {
                  return (
                    <th key={c} rowSpan={cell.rowSpan} colSpan={cell.colSpan} scope={cell.scope}>
                      {cell.text}
                    </th>
                  );
                }
                const def = template.cellById.get(cell.cellId);
                const value = def?.sumOf
                  ? document.printedTotals?.[cell.cellId]
                  : document.cells[cell.cellId];
                const mark = cellMark(review, cell.cellId, chosen);
                const source = review.provenance[cell.cellId];
                const tip = source
                  ? `${MARK_WORDS[mark]}：${source.where}，原文“${source.raw || "（空）"}”${source.note ? `；${source.note}` : ""}`
                  : MARK_WORDS[mark];
                return (
                  <td
                    key={c}
                    colSpan={cell.colSpan}
                    className={`${styles.value} ${mark === "read" ? "" : styles[mark]}`}
                    data-testid={`import-cell-${cell.cellId}`}
                    data-mark={mark}
                  >
                    <Tooltip title={tip}>
                      <span tabIndex={0} aria-label={`${value ?? "空"}，${tip}`}>
                        {value ?? (mark === "blank" ? "空白" : "—")}
                      </span>
                    </Tooltip>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    ),
  }));
  return (
    <div>
      <Space wrap style={{ marginBottom: 8 }}>
        <strong>读到的内容</strong>
        <Tag className={styles.split}>{MARK_WORDS.split}</Tag>
        <Tag className={styles.choice}>{MARK_WORDS.choice}</Tag>
        <Tag className={styles.blank}>{MARK_WORDS.blank}</Tag>
        <Tag className={styles.unread}>{MARK_WORDS.unread}</Tag>
        <span>指向单元格可看原文位置</span>
      </Space>
      <Collapse size="small" items={[...sections, ...tables]} defaultActiveKey={["t2", "t3", "t4"]} />
    </div>
  );
}
