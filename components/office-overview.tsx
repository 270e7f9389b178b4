"use client";

import { Card, List, Tag, Typography } from "antd";

import type { TOfficeOverview } from "@/lib/offices/types";
import { statusLabel } from "@/lib/workflow/transitions";

export function OfficeOverview({ offices }: Readonly<{ offices: TOfficeOverview[] }>) {
  return (
    <Card title="我所在的机关" data-testid="office-overview">
      <List
        dataSource={offices}
        locale={{ emptyText: "尚无机关" }}
        renderItem={(office) => (
          <List.Item>
            <List.Item.Meta
              title={office.name}
              description={office.parentName ? `上级机关：${office.parentName}` : "本级政府办公室"}
            />
            {office.reports.length === 0 ? (
              <Typography.Text type="secondary">暂无年报</Typography.Text>
            ) : (
              office.reports.map((report) => (
                <Tag key={report.id}>
                  {report.year}年度 · {statusLabel(report.status)}
                </Tag>
              ))
            )}
          </List.Item>
        )}
      />
    </Card>
  );
}
