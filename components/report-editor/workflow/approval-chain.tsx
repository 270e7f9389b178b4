"use client";

import { Steps, Typography } from "antd";

import type { TLevelDecision } from "@/lib/workflow/approval-chain";
import { formatDateTime } from "@/lib/format/date-time";

const STEP_STATUS = { approved: "finish", current: "process", waiting: "wait" } as const;

/** The report's approval chain: each level, who approves there, and its decision with the 审核意见. */
export function ApprovalChain({ levels }: Readonly<{ levels: readonly TLevelDecision[] }>) {
  return (
    <div data-testid="approval-chain">
      <Typography.Text strong>审核流程</Typography.Text>
      <Steps
        orientation="vertical"
        size="small"
        items={levels.map((level, i) => ({
          status: STEP_STATUS[level.state],
          title: `第 ${i + 1} 级：${level.name}`,
          content: (
            <span data-testid="approval-level" data-state={level.state}>
              {level.officeName}
              {level.state === "approved" && (
                <>
                  <br />
                  {level.actor} {level.at ? formatDateTime(level.at) : ""} 通过
                  {level.opinion ? `，审核意见：${level.opinion}` : ""}
                </>
              )}
              {level.state === "current" && "（待审核）"}
            </span>
          ),
        }))}
      />
    </div>
  );
}
