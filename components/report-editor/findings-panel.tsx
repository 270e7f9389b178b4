"use client";

import { Badge, Button, Card, Empty, List, Segmented, Tag } from "antd";
import { memo, useState } from "react";

import type { TFinding } from "@/lib/rules/evaluate";
import { SEVERITY_TAGS as SEVERITY } from "@/lib/rules/severity-tags";

import type { TStep } from "./editor-steps";
import styles from "./editor.module.css";
import { isBlankFinding, orderFindings, panelCounts } from "./findings-order";

interface TProps {
  findings: readonly TFinding[];
  /** The open step: its findings are listed first. */
  step?: TStep;
  onOpen(finding: TFinding): void;
  /** Applies a finding's one-click repair (X-01: the typed number becomes a linked value). */
  onFix?(finding: TFinding): void;
}

/** One finding of the list; memoised, so a keystroke re-renders only the findings that changed (stable-findings.ts). */
const FindingRow = memo(function FindingRow({
  finding,
  onOpen,
  onFix,
}: Readonly<{ finding: TFinding; onOpen(finding: TFinding): void; onFix?: (finding: TFinding) => void }>) {
  return (
    <List.Item className={styles.findingItem} onClick={() => onOpen(finding)} data-rule={finding.ruleId}>
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
          {isBlankFinding(finding) ? (
            <Tag>未填</Tag>
          ) : (
            <Tag color={SEVERITY[finding.severity].color}>{SEVERITY[finding.severity].label}</Tag>
          )}
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
  );
});

type TFilter = "all" | "error" | "warning" | "blank";

const FILTERS: Record<TFilter, (finding: TFinding) => boolean> = {
  all: () => true,
  error: (f) => f.severity === "error" && !isBlankFinding(f),
  warning: (f) => f.severity === "warning" && !isBlankFinding(f),
  blank: isBlankFinding,
};

/**
 * Every finding of the whole report, the open step's first; a click jumps to the cell or section. What is not
 * filled in yet counts as 未填, not as an error: it blocks only the submission.
 */
export const FindingsPanel = memo(function FindingsPanel({
  findings,
  step = "details",
  onOpen,
  onFix,
}: Readonly<TProps>) {
  const [filter, setFilter] = useState<TFilter>("all");
  const counts = panelCounts(findings);
  const shown = orderFindings(findings, step).filter(FILTERS[filter]);
  return (
    <Card
      size="small"
      title={
        <span>
          校验结果 <Badge count={counts.error} showZero color={counts.error ? "red" : "green"} />{" "}
          <Badge count={counts.warning} color="orange" />{" "}
          {counts.blank > 0 && <Badge count={counts.blank} color="#595959" overflowCount={999} />}
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
          { value: "blank", label: `未填 ${counts.blank} 处` },
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
          renderItem={(finding) => <FindingRow finding={finding} onOpen={onOpen} onFix={onFix} />}
        />
      )}
    </Card>
  );
});
