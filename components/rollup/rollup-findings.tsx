"use client";

import { Card, List, Tag, Typography } from "antd";

import { ScrollBox } from "@/components/scroll-box";
import type { TRollupView } from "@/lib/rollup/types";
import { SEVERITY_TAGS as SEVERITY } from "@/lib/rules/severity-tags";

/** 校验结果 of the roll-up: its own findings, then each subordinate's as “来自某某局”, and the cells not summed. */
export function RollupFindings({ view }: Readonly<{ view: TRollupView }>) {
  return (
    <Card title="校验结果">
      <ScrollBox label="校验结果列表" maxHeight={480}>
        <List
          size="small"
          locale={{ emptyText: "汇总报告未发现问题" }}
          dataSource={[
            ...view.findings.map((f) => ({ ...f, key: `own:${f.ruleId}:${f.message}` })),
            ...view.subordinateFindings.map((f) => ({
              ...f,
              key: `${f.office}:${f.ruleId}:${f.message}`,
            })),
          ]}
          renderItem={(f) => (
            <List.Item data-testid="rollup-finding">
              <Tag color={SEVERITY[f.severity].color}>{SEVERITY[f.severity].label}</Tag> [{f.ruleId}]{" "}
              {f.message}
            </List.Item>
          )}
        />
      </ScrollBox>
      {view.gaps.length ? (
        <Typography.Paragraph type="secondary">
          {view.gaps.length} 个单元格空白或不是数字，未计入合计：
          {view.gaps
            .slice(0, 10)
            .map((g) => `${g.office} ${g.label}`)
            .join("；")}
        </Typography.Paragraph>
      ) : null}
    </Card>
  );
}
