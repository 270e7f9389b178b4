"use client";

import { Alert, App, Space } from "antd";
import { useCallback, useDeferredValue, useMemo, useReducer, useState } from "react";

import type { TCellSource } from "@/lib/import/cell-source";
import type { TReportDetails, TReportDocument, TCellValue } from "@/lib/report/schema";
import { resolveValues } from "@/lib/report/values";
import { evaluateResolved } from "@/lib/rules/evaluate";
import { reportProgress } from "@/lib/rules/progress";
import type { TWorkflowView } from "@/lib/services/workflow-view";
import { readOnlyNotice, type TViewer } from "@/lib/workflow/read-only";
import { statusLabel } from "@/lib/workflow/transitions";
import { getTemplate } from "@/lib/template";
import { commentTargetLabel } from "@/lib/template/comment-target";
import { DETAILS_LABEL } from "@/lib/template/labels";
import { cleanDeep, removedNotice } from "@/lib/text/clean";

import { computeCellMarks } from "./cell-marks";
import { CellSourceNote, CellSourcesContext } from "./cell-source";
import { ConflictDialog } from "./conflict-dialog";
import styles from "./editor.module.css";
import { documentReducer, type TDocumentAction } from "./document-state";
import { EditorHeader } from "./editor-header";
import { commentTargetOf, type TStep } from "./editor-steps";
import { FindingsPanel } from "./findings-panel";
import { ImportIntoDraftDialog } from "./import-into-draft-dialog";
import { StepCard } from "./step-card";
import { StepButtons, StepMenu, type TStepItem } from "./step-navigation";
import { useAutosave } from "./use-autosave";
import { useCellComment } from "./use-cell-comment";
import { useFindingActions } from "./use-finding-actions";
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
  /** Where imported cells came from (lib/import/cell-source.ts). */
  cellSources?: Record<string, TCellSource>;
}

const NO_SOURCES: Record<string, TCellSource> = {};

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
    onMerged: (merged) => {
      dispatch({ type: "replace", document: merged });
      setReplaced((count) => count + 1);
    },
  });

  const values = useMemo(() => resolveValues(template, document), [template, document]);
  // The totals shown and the rules share one resolution of the values.
  const findings = useMemo(
    () => [
      ...evaluateResolved(document, values, { lastYear: lastYear ?? undefined, local: props.workflow.local }),
      ...props.workflow.subordinateFindings,
    ],
    [document, values, lastYear, props.workflow.local, props.workflow.subordinateFindings],
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
  const { openTarget, openFinding, fixFinding } = useFindingActions({ document, values, setStep, dispatch });

  return (
    <CellSourcesContext value={props.cellSources ?? NO_SOURCES}>
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
          actions={
            editable && props.status === "DRAFT" && !document.rollup ? (
              <ImportIntoDraftDialog
                reportId={reportId}
                template={template}
                saved={autosave.status.kind === "saved"}
              />
            ) : null
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
            <StepCard
              step={step}
              template={template}
              document={document}
              lastYear={lastYear}
              values={values}
              marks={marks}
              editable={editable}
              comments={props.workflow.comments}
              dispatch={dispatch}
              onDetails={onDetails}
              onCells={onCells}
              onFocusCell={setFocusedCell}
              replaced={replaced}
              onComment={canComment ? askComment : undefined}
            />
            <StepButtons steps={steps} step={step} onStep={setStep} />
          </div>
          <aside className={`${styles.side} no-print`} aria-label="审核与校验结果">
            <CellSourceNote cellId={focusedCell} label={commentTarget.label} />
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
    </CellSourcesContext>
  );
}
