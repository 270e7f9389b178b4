"use client";

import { Alert, App, Card, Space, Typography } from "antd";
import { memo, useCallback, useDeferredValue, useEffect, useMemo, useReducer, useRef, useState } from "react";

import type { TReportDetails, TReportDocument, TCellValue } from "@/lib/report/schema";
import { resolveValues } from "@/lib/report/values";
import { evaluateResolved, type TFinding } from "@/lib/rules/evaluate";
import { reportProgress } from "@/lib/rules/progress";
import type { TWorkflowView } from "@/lib/services/workflow-view";
import { readOnlyNotice, type TViewer } from "@/lib/workflow/read-only";
import { statusLabel } from "@/lib/workflow/transitions";
import { getTemplate } from "@/lib/template";
import { commentTargetLabel, sectionTarget } from "@/lib/template/comment-target";
import { DETAILS_LABEL, stepLabel } from "@/lib/template/labels";
import { cleanDeep, removedNotice } from "@/lib/text/clean";

import { computeCellMarks } from "./cell-marks";
import { ConflictDialog } from "./conflict-dialog";
import { DetailsForm } from "./details-form";
import styles from "./editor.module.css";
import { documentReducer, type TDocumentAction } from "./document-state";
import { EditorHeader } from "./editor-header";
import { commentTargetOf, locateTarget, stepOf, type TStep } from "./editor-steps";
import { FindingsPanel } from "./findings-panel";
import { applyLinkFix } from "./link-offers";
import { NarrativeEditor } from "./narrative-editor";
import { selectQuotedPhrase } from "./quoted-phrase";
import { focusCell } from "./stats-cell";
import { StatsTable } from "./stats-table";
import { StepButtons, StepMenu, type TStepItem } from "./step-navigation";
import { useAutosave } from "./use-autosave";
import { useCellComment } from "./use-cell-comment";
import { WorkflowPanel } from "./workflow-panel";

export interface TReportEditorProps {
  reportId: string;
  officeName: string;
  status: string;
  version: number;
  updatedAt: string;
  document: TReportDocument;
  lastYear: TReportDocument | null;
  editable: boolean;
  /** Who is looking, for the words of the read-only banner (lib/workflow/read-only.ts). */
  viewer?: TViewer;
  workflow: TWorkflowView;
}

const Guidance = memo(function Guidance({ text }: Readonly<{ text: string }>) {
  return <Typography.Paragraph type="secondary">{text}</Typography.Paragraph>;
});

/** The report editor: steps, the current step's form or table, review and findings beside, and autosave. */
export function ReportEditor(props: Readonly<TReportEditorProps>) {
  const { reportId, editable, lastYear } = props;
  const { message } = App.useApp();
  const [document, applyAction] = useReducer(documentReducer, props.document);
  // Every text typed or pasted passes lib/text/clean first: a NUL or other control character would make
  // each save fail, so it is removed here and the person is told how many were.
  const dispatch = useCallback(
    (action: TDocumentAction) => {
      const { value, removed } = cleanDeep(action);
      if (!removed) return applyAction(action); // the same objects: autosave compares documents by identity
      message.warning(removedNotice(removed), 6);
      applyAction(value);
    },
    [message],
  );
  const [step, setStep] = useState<TStep>("details");
  // Counts the times the whole document was replaced (recovered, or the server's taken in a conflict): the
  // 报告信息 form keeps its own field state, so it starts again from the new document.
  const [replaced, setReplaced] = useState(0);
  const template = getTemplate(document.formatVersion);
  const autosave = useAutosave({
    reportId,
    enabled: editable,
    document,
    savedDocument: props.document,
    initialVersion: props.version,
    initialSavedAt: props.updatedAt,
    // Edits that never reached the server (reload, crash, closed tab) come back from localStorage.
    onRecover: (recovered, how) => {
      dispatch({ type: "replace", document: recovered });
      setReplaced((count) => count + 1);
      if (how === "restored") message.info("已恢复上次未保存的修改，稍后自动保存。");
    },
  });

  const values = useMemo(() => resolveValues(template, document), [template, document]);
  // The totals shown and the rules share one resolution of the values.
  const findings = useMemo(
    () =>
      evaluateResolved(document, values, { lastYear: lastYear ?? undefined, local: props.workflow.local }),
    [document, values, lastYear, props.workflow.local],
  );
  const marks = useMemo(
    () => computeCellMarks(findings, props.workflow.comments),
    [findings, props.workflow.comments],
  );
  const [focusedCell, setFocusedCell] = useState<string | null>(null);
  const { canComment, commentAsked, askComment } = useCellComment(props.workflow, setFocusedCell);
  const commentTarget = useMemo(() => {
    const target = commentTargetOf(focusedCell, step);
    return { target, label: commentTargetLabel(template, target) };
  }, [focusedCell, step, template]);
  const sectionComments = props.workflow.comments.filter(
    (c) => !c.resolvedAt && c.target === sectionTarget(step),
  );
  const openTarget = useCallback((target: string) => {
    const place = locateTarget(target);
    if (!place) return;
    setStep(place.step);
    const { cell } = place;
    if (cell) setTimeout(() => focusCell(cell), 50);
  }, []);
  // The cell being typed into and its totals update at once; the findings list and the step counts follow
  // at lower priority, so a long list never delays a keystroke.
  const deferredFindings = useDeferredValue(findings);
  const progress = useMemo(
    () => reportProgress(document, deferredFindings),
    // The progress depends on the findings; the format and year of a report never change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [deferredFindings],
  );
  const errorCount = useMemo(
    () => deferredFindings.filter((finding) => finding.severity === "error").length,
    [deferredFindings],
  );

  const onCells = useCallback(
    (cells: Record<string, TCellValue>) => dispatch({ type: "setCells", values: cells }),
    [dispatch],
  );
  const onDetails = useCallback(
    (details: TReportDetails) => dispatch({ type: "setDetails", details }),
    [dispatch],
  );

  const openFinding = useCallback((finding: TFinding) => {
    setStep(stepOf(finding));
    const cell = finding.cells[0];
    // A finding about the text selects the phrase it quotes; else its first cell, else the section's text.
    setTimeout(() => {
      if (finding.sectionId && selectQuotedPhrase(finding.sectionId, finding.message)) return;
      if (cell) focusCell(cell);
      else window.document.querySelector<HTMLElement>(`[data-section="${finding.sectionId}"]`)?.focus();
    }, 50);
  }, []);

  // The findings panel stays memoised: the fix reads the latest document through a ref.
  const latest = useRef({ document, values });
  useEffect(() => {
    latest.current = { document, values };
  }, [document, values]);
  const fixFinding = useCallback(
    (finding: TFinding) => {
      const fix = finding.fix;
      if (!fix) return;
      const { document: current, values: now } = latest.current;
      const next = applyLinkFix(current.narrative[fix.key] ?? "", fix, now);
      if (next === null) {
        message.warning("正文已修改，找不到原来的数字，请在正文中直接修改。");
        return;
      }
      dispatch({ type: "setNarrative", key: fix.key, text: next });
      message.success("已改为关联数值，今后随表格更新。");
    },
    [dispatch, message],
  );

  const onResolve = (choice: "mine" | "server") => {
    const replacement = autosave.resolveConflict(choice);
    if (!replacement) return;
    dispatch({ type: "replace", document: replacement });
    setReplaced((count) => count + 1);
  };

  const steps = useMemo<TStepItem[]>(
    () => [
      { key: "details", label: DETAILS_LABEL },
      ...template.sections.map((section) => ({ key: section.id, label: section.heading })),
    ],
    [template],
  );
  const section = template.sections.find((s) => s.id === step);

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <EditorHeader
        reportId={reportId}
        title={`${props.officeName} ${document.year}年度政府信息公开工作年度报告`}
        subtitle={`${template.documentNo} · ${statusLabel(props.status)}`}
        status={editable ? autosave.status : null}
        errorCount={errorCount}
        progress={progress}
        publishedEdition={
          props.status === "PUBLISHED" ? props.workflow.publications.at(-1)?.edition : undefined
        }
      />
      {!editable && (
        <Alert
          type="info"
          showIcon
          data-testid="read-only-banner"
          title={`只读（${statusLabel(props.status)}）：${readOnlyNotice({ status: props.status, viewer: props.viewer ?? "other", officeName: props.officeName })}`}
        />
      )}
      <div className={`${styles.layout}${editable ? "" : ` ${styles.readOnly}`}`}>
        <nav className={`${styles.side} no-print`} aria-label="填报步骤">
          <StepMenu steps={steps} step={step} progress={progress} onStep={setStep} />
        </nav>
        <div style={{ minWidth: 0 }}>
          <Card
            title={stepLabel(template, step)}
            size={section?.kind === "table" ? "small" : undefined}
            onFocusCapture={(event) => {
              const id = (event.target as HTMLElement).dataset?.cell;
              if (id) setFocusedCell(id);
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
            {section?.kind === "narrative" && (
              <NarrativeEditor
                key={section.id}
                section={section}
                text={document.narrative[section.id] ?? ""}
                lastYearText={lastYear?.narrative[section.id]}
                lastYear={lastYear?.year}
                editable={editable}
                values={values}
                onChange={(text) => dispatch({ type: "setNarrative", key: section.id, text })}
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
                  values={values}
                  compact
                  onChange={(text) => dispatch({ type: "setNarrative", key: section.id, text })}
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
                  document={document}
                  values={values}
                  marks={marks}
                  editable={editable && !document.rollup}
                  onCells={onCells}
                  onComment={canComment ? askComment : undefined}
                />
              </>
            )}
          </Card>
          <StepButtons steps={steps} step={step} onStep={setStep} />
        </div>
        <aside className={`${styles.side} no-print`} aria-label="审核与校验结果">
          <WorkflowPanel
            reportId={reportId}
            template={template}
            view={props.workflow}
            findings={deferredFindings}
            commentTarget={commentTarget}
            commentAsked={commentAsked}
            saved={!editable || autosave.status.kind === "saved"}
            onOpenTarget={openTarget}
          />
          <FindingsPanel
            findings={deferredFindings}
            step={step}
            onOpen={openFinding}
            onFix={editable ? fixFinding : undefined}
          />
        </aside>
      </div>
      <ConflictDialog template={template} conflict={autosave.conflict} onResolve={onResolve} />
    </Space>
  );
}
