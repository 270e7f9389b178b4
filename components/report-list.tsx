"use client";

import { Alert, Button, Card, Form, InputNumber, Select, Space, Table, Tag, Typography } from "antd";
import Link from "next/link";
import { useState, useTransition } from "react";

import { createReportAction } from "@/app/reports/actions";
import { REPORT_STATUS_LABELS } from "@/lib/site/report-status";

export interface TReportRow {
  id: string;
  officeName: string;
  year: number;
  formatVersion: number;
  status: string;
  updatedAt: string;
  counts: { error: number; warning: number; info: number };
}

interface TProps {
  rows: TReportRow[];
  fillerOffices: { id: string; name: string }[];
  defaultYear: number;
}

export function ReportList({ rows, fillerOffices, defaultYear }: Readonly<TProps>) {
  const [officeId, setOfficeId] = useState(fillerOffices[0]?.id);
  const [year, setYear] = useState<number | null>(defaultYear);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const onCreate = () =>
    startTransition(async () => {
      if (!officeId || !year) return setMessage("请选择机关和年度。");
      const result = await createReportAction({ officeId, year });
      setMessage(result.message);
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
              <Select style={{ minWidth: 220 }} value={officeId} onChange={setOfficeId} options={fillerOffices.map((o) => ({ value: o.id, label: o.name }))} aria-label="机关" />
            </Form.Item>
            <Form.Item label="年度">
              <InputNumber min={2019} max={2100} value={year} onChange={setYear} aria-label="年度" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={pending}>
              新建
            </Button>
          </Form>
          <Typography.Paragraph type="secondary" style={{ margin: "8px 0 0" }}>
            格式按年度自动确定：2019、2020年度用国办公开办函〔2019〕60号格式，2021年度起用〔2021〕30号格式。有上一年度报告时，“上年结转”等数据自动带入。
          </Typography.Paragraph>
          {message && <Alert type="error" title={message} showIcon style={{ marginTop: 8 }} />}
        </Card>
      )}
      <Table<TReportRow>
        rowKey="id"
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: "还没有年报" }}
        columns={[
          { title: "年度", dataIndex: "year", render: (value: number) => `${value}年度` },
          { title: "机关", dataIndex: "officeName" },
          { title: "格式", dataIndex: "formatVersion", render: (v: number) => (v === 2021 ? "〔2021〕30号" : "〔2019〕60号") },
          { title: "状态", dataIndex: "status", render: (s: string) => <Tag>{REPORT_STATUS_LABELS[s] ?? s}</Tag> },
          {
            title: "完整度",
            key: "counts",
            render: (_, row) =>
              row.counts.error === 0 ? (
                <Tag color="green">无错误{row.counts.warning ? `，${row.counts.warning} 个警告` : ""}</Tag>
              ) : (
                <Tag color="red">
                  {row.counts.error} 个错误，{row.counts.warning} 个警告
                </Tag>
              ),
          },
          { title: "最后修改", dataIndex: "updatedAt", render: (v: string) => new Date(v).toLocaleString("zh-CN", { hour12: false }) },
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
    </Space>
  );
}
