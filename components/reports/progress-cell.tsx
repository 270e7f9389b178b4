"use client";

import { Progress, Space, Typography } from "antd";

import type { TProgressSummary } from "@/lib/report/list-row";
import { unfilledText } from "@/lib/rules/progress";

/** 完整度 in a list (我的年报, 审核台): a bar with n%, then what is left — n 处未填 (grey) and n 个错误 (red). */
export function ProgressCell({ progress }: Readonly<{ progress: TProgressSummary }>) {
  return (
    <Space orientation="vertical" size={0} data-testid="row-progress">
      <Progress
        percent={progress.completeness}
        size={[100, 6]}
        status={progress.errors ? "exception" : progress.completeness === 100 ? "success" : "normal"}
        // Dark text whatever the status: antd's green (success) is below WCAG AA contrast on white.
        format={(percent) => <span style={{ color: "#1f1f1f" }}>{percent}%</span>}
        aria-label={`完整度 ${progress.completeness}%`}
      />
      <Typography.Text type={progress.errors ? "danger" : "secondary"} style={{ fontSize: 12 }}>
        {[
          progress.unfilled ? unfilledText(progress.unfilled) : "全部已填",
          progress.errors ? `${progress.errors} 个错误` : "",
        ]
          .filter(Boolean)
          .join(" · ")}
      </Typography.Text>
    </Space>
  );
}
