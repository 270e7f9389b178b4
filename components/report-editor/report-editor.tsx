"use client";

import { Suspense, useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";

import type { TCellSource } from "@/lib/import/cell-source";
import type { TReportDetails, TReportDocument, TCellValue } from "@/lib/report/schema";
import { evaluateResolved } from "@/lib/rules/evaluate";
import { reportProgress } from "@/lib/rules/progress";
import type { TWorkflowView } from "@/lib/services/workflow-view";
import { readOnlyNotice, type TViewer } from "@/lib/workflow/read-only";
import { statusLabel } from "@/lib/workflow/transitions";
import { getTemplate } from "@/lib/template";
import { commentTargetLabel } from "@/lib/template/comment-target";
import { DETAILS_LABEL } from "@/lib/template/labels";
import { cleanDeep, removedNotice } from "@/lib/text/clean";

import { Alert } from "@/components/ui/alert";
import { message } from "@/components/ui/feedback";
import { Space } from "@/components/ui/space";

import { computeCellMarks } from "./cell-marks";
import { CellSourceNote, CellSourcesContext } from "./cell-source";
import styles from "./editor.module.css";
import type { TDocumentAction } from "./document-state";
import { createDocumentStore } from "./document-store";
import { EditorHeader } from "./editor-header";
import { ConflictDialogOnDemand as ConflictDialog, preloadEditorParts } from "./editor-parts";
import { whenIdle } from "./on-demand";
import { commentTargetOf, type TStep } from "./editor-steps";
import { FindingsPanel } from "./findings-panel";
import { ImportIntoDraftButton } from "./import-into-draft-button";
import { StepCard } from "./step-card";
import { StepButtons, StepMenu, type TStepItem } from "./step-navigation";
import { createFindingsKeeper } from "./stable-findings";
import { useAutosave } from "./use-autosave";
import { useCellComment } from "./use-cell-comment";
import { useFindingActions } from "./use-finding-actions";
import { useCheckedRequirements } from "./use-pattern-engine";
import { useSettledDocument } from "./use-settled-value";
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
  // The document lives in a store (document-store.ts): a keystroke in a table re-renders the table, not the
  // editor, which reads the document without its cells (the same object while only cells change).
  const [store] = useState(() => createDocumentStore(props.document));
  const document = useSyncExternalStore(store.subscribe, store.getShell, store.getShell);
  // Every text typed or pasted passes lib/text/clean first: a NUL or other control character would make
  // each save fail, so it is removed here and the person is told how many were.
  const dispatch = useCallback(
    (action: TDocumentAction) => {
      const { value, removed } = cleanDeep(action);
      if (!removed) return store.dispatch(action); // the same objects: autosave compares documents by identity
      message.warning(removedNotice(removed), 6);
      store.dispatch(value);
    },
    [store],
  );
  const [step, setStep] = useState<TStep>("details");
  // The steps and dialogs not on the first view load once the browser is idle (editor-parts.ts).
  useEffect(() => whenIdle(preloadEditorParts), []);
  // Times the whole document was replaced (recovered, or the server's taken in a conflict): the 报告信息 form restarts.
  const [replaced, setReplaced] = useState(0);
  const template = getTemplate(document.formatVersion);
  const autosave = useAutosave({
    reportId,
    enabled: editable,
    store,
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

  // The cell typed into and its totals update at once (the table reads the store); the rules, the cells' marks,
  // the findings list, the step counts and the text editors' linked values follow when typing pauses, so no
  // check delays a keystroke.
  const deferred = useSettledDocument(store);
  const [keepFindings] = useState(createFindingsKeeper);
  const local = useCheckedRequirements(props.workflow.local); // LR-02 is checked once its engine is here (D71)
  const findings = useMemo(
    () =>
      keepFindings([
        ...evaluateResolved(deferred.document, deferred.values, { lastYear: lastYear ?? undefined, local }),
        ...props.workflow.subordinateFindings,
      ]),
    [keepFindings, deferred, lastYear, local, props.workflow.subordinateFindings],
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
  // The format and year of a report never change: the counts follow the findings alone.
  const progress = useMemo(
    () => reportProgress(deferred.document, findings),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [findings],
  );
  const errorCount = useMemo(
    () => findings.filter((finding) => finding.severity === "error").length,
    [findings],
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
  const { openTarget, openFinding, fixFinding } = useFindingActions({ store, setStep, dispatch });
  // The same element while nothing it shows changes, so the memoised header skips a keystroke.
  const canImport = editable && props.status === "DRAFT" && !document.rollup;
  const savedNow = autosave.status.kind === "saved";
  const importAction = useMemo(
    () =>
      canImport ? <ImportIntoDraftButton reportId={reportId} template={template} saved={savedNow} /> : null,
    [canImport, reportId, template, savedNow],
  );

  return (
    <CellSourcesContext value={props.cellSources ?? NO_SOURCES}>
      <Space direction="vertical" size="middle" style={{ width: "100%" }}>
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
          actions={importAction}
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
              store={store}
              lastYear={lastYear}
              textValues={deferred.values}
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
              findings={findings}
              commentTarget={commentTarget}
              commentAsked={commentAsked}
              saved={!editable || autosave.status.kind === "saved"}
              onOpenTarget={openTarget}
            />
            <FindingsPanel
              findings={findings}
              step={step}
              onOpen={openFinding}
              onFix={editable ? fixFinding : undefined}
            />
          </aside>
        </div>
        {autosave.conflict && (
          <Suspense fallback={null}>
            <ConflictDialog template={template} conflict={autosave.conflict} onResolve={onResolve} />
          </Suspense>
        )}
      </Space>
    </CellSourcesContext>
  );
}
