"use client";

import { memo, Suspense, useCallback } from "react";

import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Paragraph } from "@/components/ui/typography";
import type { TCellValue, TReportDetails, TReportDocument } from "@/lib/report/schema";
import type { TReportValues } from "@/lib/report/values";
import type { TWorkflowView } from "@/lib/services/workflow-view";
import type { TReportTemplate } from "@/lib/template";
import { sectionTarget } from "@/lib/template/comment-target";
import { stepLabel } from "@/lib/template/labels";

import type { TCellMarks } from "./cell-marks";
import { DetailsForm } from "./details-form";
import type { TDocumentAction } from "./document-state";
import type { TDocumentShell, TDocumentStore } from "./document-store";
import type { TStep } from "./editor-steps";
import { NarrativeEditorOnDemand as NarrativeEditor, StatsTableOnDemand as StatsTable } from "./editor-parts";

const Guidance = memo(function Guidance({ text }: Readonly<{ text: string }>) {
  return <Paragraph type="secondary">{text}</Paragraph>;
});

interface TProps {
  step: TStep;
  template: TReportTemplate;
  /** The document without its cells: the same object while a keystroke in a table changes only cells. */
  document: TDocumentShell;
  /** The whole document, which the statistics table reads (and re-renders for) on its own. */
  store: TDocumentStore;
  lastYear: TReportDocument | null;
  /**
   * The values as of the last pause in typing (`useSettledDocument`): for the text editors' linked-value tools
   * and previews, so a keystroke in a table updates its totals without waiting for them.
   */
  textValues: TReportValues;
  marks: ReadonlyMap<string, TCellMarks>;
  editable: boolean;
  comments: TWorkflowView["comments"];
  dispatch(action: TDocumentAction): void;
  onDetails(details: TReportDetails): void;
  onCells(cells: Record<string, TCellValue>): void;
  /** Called with the cell id when a statistics cell gets the focus (where a new comment goes). */
  onFocusCell(cellId: string): void;
  /** Counts the times the whole document was replaced: the 报告信息 form then starts again from it. */
  replaced: number;
  /** Opens the comment dialog for a cell (reviewers); absent when the viewer cannot comment. */
  onComment?: (cellId: string) => void;
}

/**
 * The current step of the report editor in its card: the step's open comments, then 报告信息, a narrative
 * section, or a statistics table with its guidance and short text.
 */
export const StepCard = memo(function StepCard({
  step,
  template,
  document,
  store,
  lastYear,
  textValues,
  marks,
  editable,
  comments,
  dispatch,
  onDetails,
  onCells,
  onFocusCell,
  replaced,
  onComment,
}: Readonly<TProps>) {
  const section = template.sections.find((s) => s.id === step);
  const sectionComments = comments.filter((c) => !c.resolvedAt && c.target === sectionTarget(step));
  // Stable while the step is, so the memoised text editor skips a keystroke typed in the table below it.
  const onNarrative = useCallback(
    (text: string) => {
      if (section) dispatch({ type: "setNarrative", key: section.id, text });
    },
    [dispatch, section],
  );
  return (
    <Card
      title={stepLabel(template, step)}
      size={section?.kind === "table" ? "small" : undefined}
      onFocusCapture={(event) => {
        const id = (event.target as HTMLElement).dataset?.cell;
        if (id) onFocusCell(id);
      }}
    >
      {sectionComments.map((c) => (
        <Alert
          key={c.id}
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          title={`批注（${c.authorName}）：${c.body}`}
          data-testid="section-comment"
        />
      ))}
      {step === "details" && (
        <DetailsForm
          key={replaced}
          details={document.details}
          year={document.year}
          documentNo={template.documentNo}
          editable={editable}
          onChange={onDetails}
        />
      )}
      {/* The text editors and tables load on demand (editor-parts.ts): nothing shows until their code is here. */}
      <Suspense fallback={null}>
        {section?.kind === "narrative" && (
          <NarrativeEditor
            key={section.id}
            section={section}
            text={document.narrative[section.id] ?? ""}
            lastYearText={lastYear?.narrative[section.id]}
            lastYear={lastYear?.year}
            editable={editable}
            values={textValues}
            onChange={onNarrative}
          />
        )}
        {section?.kind === "table" && section.tableId && (
          <>
            <Guidance text={section.guidance} />
            <NarrativeEditor
              key={section.id}
              section={section}
              text={document.narrative[section.id] ?? ""}
              editable={editable}
              values={textValues}
              compact
              onChange={onNarrative}
            />
            {document.rollup && (
              <Alert
                type="info"
                showIcon
                title="本表为汇总数，由审核台的“汇总”页生成；调整某一格须在汇总页写明理由。"
              />
            )}
            <StatsTable
              template={template}
              table={template.tables[section.tableId]}
              store={store}
              marks={marks}
              editable={editable && !document.rollup}
              onCells={onCells}
              onComment={onComment}
            />
          </>
        )}
      </Suspense>
    </Card>
  );
});
