"use client";

import { Alert, Select, Space, Table, Tag, Typography } from "antd";
import { useRouter } from "next/navigation";

import { YearInput } from "@/components/year-input";
import type { TOnTimePage } from "@/lib/services/load-on-time-report";
import { onTimeSummary, type TOnTimeRow } from "@/lib/workflow/on-time";

/** 按时公布情况: who published when against which deadline, the 按时公布率, who has not submitted; CSV/.xlsx. */
export function OnTimeReport({ page }: Readonly<{ page: TOnTimePage }>) {
  const router = useRouter();
  const { report, regions, regionId } = page;
  const query = (year: number, region: string | null) =>
    `year=${year}${region ? `&region=${encodeURIComponent(region)}` : ""}`;
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Space wrap>
        <Typography.Title level={2} style={{ margin: 0 }}>
          按时公布情况
        </Typography.Title>
        <YearInput
          value={report.year}
          onChange={(year) => router.push(`/review/on-time?${query(year, regionId)}`)}
        />
        {regions.length > 1 && (
          <Select
            aria-label="地区"
            style={{ minWidth: 200 }}
            value={regionId ?? ""}
            onChange={(value) => router.push(`/review/on-time?${query(report.year, value || null)}`)}
            options={[
              { value: "", label: "我审核的全部机关" },
              ...regions.map((r) => ({ value: r.id, label: r.name })),
            ]}
          />
        )}
        <a href={`/review/on-time/export?${query(report.year, regionId)}&format=xlsx`} download>
          导出 Excel
        </a>
        <a href={`/review/on-time/export?${query(report.year, regionId)}&format=csv`} download>
          导出 CSV
        </a>
      </Space>
      <Alert type="info" showIcon title={onTimeSummary(report)} data-testid="on-time-summary" />
      {report.notSubmitted.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={`尚未报送（${report.notSubmitted.length} 个）：${report.notSubmitted.join("、")}`}
        />
      )}
      <Table<TOnTimeRow>
        rowKey="officeId"
        dataSource={report.rows}
        pagination={false}
        columns={[
          { title: "机关", dataIndex: "officeName" },
          { title: "状态", dataIndex: "status" },
          { title: "公布日期", dataIndex: "publishedOn", render: (v: string | null) => v ?? "—" },
          { title: "期限", dataIndex: "deadline" },
          { title: "期限依据", dataIndex: "deadlineSource" },
          {
            title: "是否按时",
            dataIndex: "label",
            render: (label: string, row) => (
              <Tag color={row.onTime === true ? "green" : row.onTime === false ? "red" : undefined}>
                {label}
              </Tag>
            ),
          },
        ]}
      />
    </Space>
  );
}
