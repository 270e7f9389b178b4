"use client";

import { Alert, Button, Card, Form, InputNumber, Select, Space, Table, Tag, Typography } from "antd";
import Link from "next/link";
import { useState, useTransition } from "react";

import { statusLabel } from "@/lib/workflow/transitions";
import { FORMAT_YEARS_TEXT, formatShortLabel } from "@/lib/template";
import type { TReportListRow } from "@/lib/report/list-row";

import { createReportAction } from "./actions";
import { DeletedDrafts } from "./deleted-drafts";
import type { TDeletedDraftRow } from "@/lib/services/deleted-drafts";
import { IMPORTED_PUBLISHED_LABEL, ImportPanel } from "./import-panel";
import { ProgressCell } from "./progress-cell";
import { formatDateTime } from "@/lib/format/date-time";

interface TProps {
  rows: TReportListRow[];
  /** With the names each office is printed under (the import's office-name check). */
  fillerOffices: { id: string; name: string; aliases: string[] }[];
  defaultYear: number;
  /** The years a new report may be created for (lib/workflow/report-year `creatableReportYears`). */
  creatableYears: { first: number; last: number };
  /** 已删除的草稿 of the offices where the user is 填报人 (D60). */
  deletedDrafts: TDeletedDraftRow[];
}

export function ReportList(props: Readonly<TProps>) {
  const { rows, fillerOffices, defaultYear, creatableYears } = props;
  const [officeId, setOfficeId] = useState(fillerOffices[0]?.id);
  const [year, setYear] = useState<number | null>(defaultYear);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const onCreate = () =>
    startTransition(async () => {
      if (!officeId || !year) return setMessage("请选择机关和年度。");
      const result = await createReportAction({ officeId, year });
      if (!result.ok) setMessage(result.error.message);
    });

  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        我的年报
      </Typography.Title>
      {fillerOffices.length > 0 && (
        <Card title="新建年报" size="small">
          <Form layout="inline" onFinish={onCreate}>
            <Form.Item label="机关">
              <Select
                style={{ minWidth: 220 }}
                value={officeId}
                onChange={setOfficeId}
                options={fillerOffices.map((o) => ({ value: o.id, label: o.name }))}
                aria-label="机关"
              />
            </Form.Item>
            <Form.Item label="年度">
              {/* No min/max: antd would silently clamp 2018 to 2019; the server refuses with a message. */}
              <InputNumber precision={0} value={year} onChange={setYear} aria-label="年度" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={pending} disabled={pending}>
              新建
            </Button>
          </Form>
          <Typography.Paragraph type="secondary" style={{ margin: "8px 0 0" }}>
            可新建 {creatableYears.first}—{creatableYears.last} 年度。格式按年度自动确定：{FORMAT_YEARS_TEXT}
            。有上一年度报告时，“上年结转”等数据自动带入。
          </Typography.Paragraph>
          {message && <Alert type="error" title={message} showIcon style={{ marginTop: 8 }} />}
        </Card>
      )}
      {fillerOffices.length > 0 && <ImportPanel fillerOffices={fillerOffices} currentYear={defaultYear} />}
      <Table<TReportListRow>
        rowKey="id"
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: "还没有年报" }}
        columns={[
          { title: "年度", dataIndex: "year", render: (value: number) => `${value}年度` },
          { title: "机关", dataIndex: "officeName" },
          {
            title: "格式",
            dataIndex: "formatVersion",
            render: (v: number) => formatShortLabel(v),
          },
          {
            title: "状态",
            dataIndex: "status",
            render: (s: string, row) => <Tag>{row.imported ? IMPORTED_PUBLISHED_LABEL : statusLabel(s)}</Tag>,
          },
          {
            title: "完整度",
            key: "counts",
            render: (_, row) => <ProgressCell progress={row.progress} />,
          },
          {
            title: "最后修改",
            dataIndex: "updatedAt",
            render: (v: string) => formatDateTime(v),
          },
          {
            title: "操作",
            key: "actions",
            render: (_, row) => (
              <Space>
                <Link href={`/reports/${row.id}`}>打开</Link>
                <Link href={`/reports/${row.id}/preview`}>预览</Link>
              </Space>
            ),
          },
        ]}
      />
      <DeletedDrafts rows={props.deletedDrafts} />
    </Space>
  );
}
