"use client";

import { Badge, Button, Card, Empty, List, Segmented, Tag } from "antd";
import { memo, useState } from "react";

import type { TFinding } from "@/lib/rules/evaluate";
import { SEVERITY_TAGS as SEVERITY } from "@/lib/rules/severity-tags";

import styles from "./editor.module.css";

interface TProps {
  findings: readonly TFinding[];
  onOpen(finding: TFinding): void;
  /** Applies a finding's one-click repair (X-01: the typed number becomes a linked value). */
  onFix?(finding: TFinding): void;
}

/** Every error and warning of the whole report; a click jumps to the cell or section. */
export const FindingsPanel = memo(function FindingsPanel({ findings, onOpen, onFix }: Readonly<TProps>) {
  const [filter, setFilter] = useState<"all" | "error" | "warning">("all");
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  const shown = filter === "all" ? findings : findings.filter((f) => f.severity === filter);
  return (
    <Card
      size="small"
      title={
        <span>
          校验结果 <Badge count={counts.error} showZero color={counts.error ? "red" : "green"} />{" "}
          <Badge count={counts.warning} color="orange" />
        </span>
      }
      data-testid="findings-panel"
    >
      <Segmented
        size="small"
        value={filter}
        onChange={(value) => setFilter(value as typeof filter)}
        options={[
          { value: "all", label: `全部 ${findings.length}` },
          { value: "error", label: `错误 ${counts.error}` },
          { value: "warning", label: `警告 ${counts.warning}` },
        ]}
        style={{ marginBottom: 8 }}
      />
      {shown.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={findings.length ? "没有此类问题" : "未发现问题"}
        />
      ) : (
        <List
          size="small"
          dataSource={shown.slice(0, 300)}
          style={{ maxHeight: "60vh", overflow: "auto" }}
          renderItem={(finding) => (
            <List.Item
              className={styles.findingItem}
              onClick={() => onOpen(finding)}
              data-rule={finding.ruleId}
            >
              <div>
                {/* Opened by keyboard too: Tab to the finding, Enter or Space. */}
                <span
                  role="button"
                  tabIndex={0}
                  onKeyDown={(event) => {
                    if (event.key !== "Enter" && event.key !== " ") return;
                    event.preventDefault();
                    onOpen(finding);
                  }}
                >
                  <Tag color={SEVERITY[finding.severity].color}>{SEVERITY[finding.severity].label}</Tag>
                  <span style={{ fontSize: 13 }}>{finding.message}</span>
                </span>
                {finding.fix && onFix && (
                  <Button
                    size="small"
                    type="link"
                    onClick={(event) => {
                      event.stopPropagation();
                      onFix(finding);
                    }}
                  >
                    改为关联数值
                  </Button>
                )}
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
});
