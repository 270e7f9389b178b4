"use client";

import { Checkbox, Descriptions, Space, Tag } from "antd";
import type { Dispatch, SetStateAction } from "react";

import type { TImportReview } from "@/lib/services/import-report";
import { getTemplate } from "@/lib/template";
import { TABLE_NAMES } from "@/lib/template/labels";

import { narrativeRead, tableCounts } from "./import-review";

type TTableId = "t2" | "t3" | "t4";

interface TProps {
  review: TImportReview;
  /** Tables whose “原报告空白” cells the person chose to count as 0. */
  blanksAsZero: TTableId[];
  setBlanksAsZero: Dispatch<SetStateAction<TTableId[]>>;
}

/** 读到的报告: source, title, year, format, narrative parts read, and per table what was read. */
export function ImportSummary({ review, blanksAsZero, setBlanksAsZero }: Readonly<TProps>) {
  return (
    <Descriptions size="small" bordered column={1} title="读到的报告">
      <Descriptions.Item label="来源">{review.source.label}</Descriptions.Item>
      <Descriptions.Item label="标题">{review.document.details.title ?? "（未读到）"}</Descriptions.Item>
      <Descriptions.Item label="年度">{review.document.year}年度</Descriptions.Item>
      <Descriptions.Item label="格式">
        {getTemplate(review.document.formatVersion).documentNo}
      </Descriptions.Item>
      <Descriptions.Item label="正文">{narrativeRead(review.document)}</Descriptions.Item>
      {tableCounts(review).map(({ table, counts }) => (
        <Descriptions.Item key={table} label={TABLE_NAMES[table]}>
          <Space wrap>
            <Tag color="green">读取 {counts.read}</Tag>
            {counts.split > 0 && <Tag color="cyan">按合计拆分 {counts.split}</Tag>}
            {counts.choice > 0 && <Tag color="gold">待选择 {counts.choice}</Tag>}
            {counts.blank > 0 && <Tag>原报告空白 {counts.blank}</Tag>}
            {counts.unread > 0 && <Tag color="red">未能读取 {counts.unread}</Tag>}
            {counts.blank > 0 && (
              <Checkbox
                checked={blanksAsZero.includes(table)}
                onChange={(event) =>
                  setBlanksAsZero((current) =>
                    event.target.checked ? [...current, table] : current.filter((t) => t !== table),
                  )
                }
              >
                本表 {counts.blank} 个空白格按 0 计（记入历史）
              </Checkbox>
            )}
          </Space>
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}
