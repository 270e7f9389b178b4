"use client";

import { Descriptions, Space, Table, Tag, Typography } from "antd";
import Link from "next/link";

import type { TImportSourcePage } from "@/lib/services/load-import-source";
import { formatDateTime } from "@/lib/format/date-time";

const HOW = {
  read: { color: "green", label: "按原文读取" },
  split: { color: "cyan", label: "按合计拆分" },
  blank: { color: "default", label: "原报告空白" },
} as const;

/** 导入原件: the stored original (download, SHA-256) and a table of every cell's provenance. */
export function ImportSourceView({ page }: Readonly<{ page: TImportSourcePage }>) {
  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <Space wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          导入原件：{page.title}
        </Typography.Title>
        <Link href={`/reports/${page.reportId}`}>返回年报</Link>
      </Space>
      <Descriptions size="small" bordered column={1}>
        <Descriptions.Item label="原件">
          {page.name}（{page.kindLabel}，{(page.size / 1024).toFixed(1)} KB）{" "}
          <a href={`/reports/${page.reportId}/source/file`} download>
            下载原件
          </a>
        </Descriptions.Item>
        <Descriptions.Item label="SHA-256">
          <code style={{ wordBreak: "break-all" }}>{page.sha256}</code>
        </Descriptions.Item>
        <Descriptions.Item label="导入时间">{formatDateTime(page.createdAt)}</Descriptions.Item>
      </Descriptions>
      <Table
        size="small"
        rowKey="cellId"
        dataSource={page.cells}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        caption="每个单元格的来源（导入时服务器从原件读到的位置和原文）"
        columns={[
          { title: "单元格", dataIndex: "label", width: "38%" },
          { title: "位置", dataIndex: "where", width: "18%" },
          {
            title: "原文",
            dataIndex: "raw",
            render: (raw: string, row) => (
              <span>
                {raw || "（空白）"}
                {row.note ? `（${row.note}）` : ""}
              </span>
            ),
          },
          {
            title: "读法",
            dataIndex: "how",
            width: 120,
            render: (how: keyof typeof HOW) => <Tag color={HOW[how].color}>{HOW[how].label}</Tag>,
          },
        ]}
      />
    </Space>
  );
}
