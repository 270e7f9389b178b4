"use client";

import { memo, useState } from "react";

import { Button } from "@/components/ui/button";
import { Tag } from "@/components/ui/tag";
import { Card } from "@/components/ui/card";
import type { TFinding } from "@/lib/rules/evaluate";
import { SEVERITY_TAGS as SEVERITY } from "@/lib/rules/severity-tags";

import type { TStep } from "./editor-steps";
import { isBlankFinding, orderFindings, panelCounts } from "./findings-order";
import styles from "./findings-panel.module.css";
import { FindingCount, FindingsFilter, NoFindings } from "./findings-parts";

import { PanelItem, PanelItems } from "./panel-list";

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
    <PanelItem className={styles.finding} onClick={() => onOpen(finding)} data-rule={finding.ruleId}>
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
          <span className={styles.message}>{finding.message}</span>
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
    </PanelItem>
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
  // Counts of the title as antd's Badge showed them: errors always (green at 0), warnings when any, blanks when any.
  return (
    <Card
      size="small"
      title={
        <span>
          校验结果 <FindingCount count={counts.error} kind={counts.error ? "error" : "none"} title="错误" />{" "}
          {counts.warning > 0 && <FindingCount count={counts.warning} kind="warning" title="警告" />}{" "}
          {counts.blank > 0 && (
            <FindingCount count={counts.blank} max={999} kind="blank" title="未填（处）" />
          )}
        </span>
      }
      data-testid="findings-panel"
    >
      <FindingsFilter<TFilter>
        label="按类别筛选校验结果"
        value={filter}
        onChange={setFilter}
        options={[
          { value: "all", label: `全部 ${findings.length}` },
          { value: "error", label: `错误 ${counts.error}` },
          { value: "warning", label: `警告 ${counts.warning}` },
          { value: "blank", label: `未填 ${counts.blank} 处` },
        ]}
      />
      {shown.length === 0 ? (
        <NoFindings text={findings.length ? "没有此类问题" : "未发现问题"} />
      ) : (
        <PanelItems className={styles.findings} aria-label="校验结果">
          {shown.slice(0, 300).map((finding, index) => (
            // By place, as antd's List keyed them: the rows are memoised on their finding, not on the key.
            <FindingRow key={index} finding={finding} onOpen={onOpen} onFix={onFix} />
          ))}
        </PanelItems>
      )}
    </Card>
  );
});
