"use client";

import { Alert, App, Button, Card, Col, Menu, Row, Space, Typography } from "antd";
import Link from "next/link";
import { memo, useCallback, useDeferredValue, useEffect, useMemo, useReducer, useState } from "react";

import type { TReportDetails, TReportDocument, TCellValue } from "@/lib/report/schema";
import { resolveValues } from "@/lib/report/values";
import { evaluateResolved, type TFinding } from "@/lib/rules/evaluate";
import { REPORT_STATUS_LABELS } from "@/lib/site/report-status";
import { getTemplate, type TSectionId } from "@/lib/template";

import { ConflictDialog } from "./conflict-dialog";
import { DetailsForm } from "./details-form";
import { documentReducer } from "./document-state";
import { FindingsPanel } from "./findings-panel";
import { NarrativeEditor } from "./narrative-editor";
import { SaveStatus } from "./save-status";
import { focusCell, StatsTable, type TCellMarks } from "./stats-table";
import { readLocalDraft, useAutosave, type TSaveStatus } from "./use-autosave";
import { targetLabel, WorkflowPanel } from "./workflow-panel";
import type { TWorkflowView } from "@/lib/services/workflow-view";

export interface TReportEditorProps {
  reportId: string;
  officeName: string;
  status: string;
  version: number;
  updatedAt: string;
  document: TReportDocument;
  lastYear: TReportDocument | null;
  editable: boolean;
  workflow: TWorkflowView;
}

type TStep = "details" | TSectionId;

const TABLE_SECTION: Record<string, TSectionId> = { t2: "s2", t3: "s3", t4: "s4" };
const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

const stepOf = (finding: TFinding): TStep => {
  if (finding.sectionId) return finding.sectionId;
  const table = finding.cells[0]?.split(".")[0];
  return (table && TABLE_SECTION[table]) || "details";
};

/** Marks per cell: the worst severity and every message that names the cell, and open review comments. */
const cellMarks = (findings: readonly TFinding[], comments: TWorkflowView["comments"]): Map<string, TCellMarks> => {
  const marks = new Map<string, TCellMarks>();
  for (const comment of comments) {
    if (comment.resolvedAt || !comment.target.startsWith("cell:")) continue;
    const id = comment.target.slice(5);
    const text = `批注（${comment.authorName}）：${comment.body}`;
    const current = marks.get(id);
    if (current) current.comment = current.comment ? `${current.comment}\n${text}` : text;
    else marks.set(id, { severity: "info", messages: "", blankOnly: false, comment: text, commentOnly: true });
  }
  for (const finding of findings) {
    for (const id of finding.cells) {
      const current = marks.get(id);
      if (!current) marks.set(id, { severity: finding.severity, messages: finding.message, blankOnly: finding.problem === "blank" });
      else if (current.commentOnly) {
        Object.assign(current, { severity: finding.severity, messages: finding.message, blankOnly: finding.problem === "blank", commentOnly: false });
      } else {
        current.blankOnly = current.blankOnly && finding.problem === "blank";
        current.messages = `${current.messages}\n${finding.message}`;
        if (SEVERITY_RANK[finding.severity] < SEVERITY_RANK[current.severity]) current.severity = finding.severity;
      }
    }
  }
  return marks;
};

const EditorHeader = memo(function EditorHeader({
  reportId,
  title,
  subtitle,
  status,
}: {
  reportId: string;
  title: string;
  subtitle: string;
  status: TSaveStatus | null;
}) {
  return (
    <Row justify="space-between" align="middle" gutter={[8, 8]}>
      <Col>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <Typography.Text type="secondary">{subtitle}</Typography.Text>
      </Col>
      <Col>
        <Space wrap>
          {status && <SaveStatus status={status} />}
          <Link href={`/reports/${reportId}/preview`}>预览</Link>
          <a href={`/reports/${reportId}/export/docx`}>下载 Word</a>
          <a href={`/reports/${reportId}/export/html`}>下载网页</a>
        </Space>
      </Col>
    </Row>
  );
});

const Guidance = memo(function Guidance({ text }: { text: string }) {
  return <Typography.Paragraph type="secondary">{text}</Typography.Paragraph>;
});

const StepButtons = memo(function StepButtons({
  steps,
  step,
  onStep,
}: {
  steps: { key: TStep; label: string }[];
  step: TStep;
  onStep(step: TStep): void;
}) {
  const index = steps.findIndex((s) => s.key === step);
  const previous = steps[index - 1];
  const next = steps[index + 1];
  return (
    <Space style={{ marginTop: 12 }}>
      {previous && <Button onClick={() => onStep(previous.key)}>上一步</Button>}
      {next && (
        <Button type="primary" onClick={() => onStep(next.key)}>
          下一步
        </Button>
      )}
    </Space>
  );
});

const StepMenu = memo(function StepMenu({
  steps,
  step,
  errorsByStep,
  onStep,
}: {
  steps: { key: TStep; label: string }[];
  step: TStep;
  errorsByStep: ReadonlyMap<TStep, number>;
  onStep(step: TStep): void;
}) {
  return (
    <Menu
      mode="inline"
      selectedKeys={[step]}
      onClick={({ key }) => onStep(key as TStep)}
      items={steps.map((s) => ({
        key: s.key,
        label: (
          <span title={s.label}>
            {s.label}
            {errorsByStep.get(s.key) ? <span style={{ color: "#ff4d4f" }}> ({errorsByStep.get(s.key)})</span> : null}
          </span>
        ),
      }))}
    />
  );
});

export function ReportEditor(props: Readonly<TReportEditorProps>) {
  const { reportId, editable, lastYear } = props;
  const { message } = App.useApp();
  const [document, dispatch] = useReducer(documentReducer, props.document);
  const [step, setStep] = useState<TStep>("details");
  const template = getTemplate(document.formatVersion);
  const autosave = useAutosave({
    reportId,
    enabled: editable,
    document,
    savedDocument: props.document,
    initialVersion: props.version,
    initialSavedAt: props.updatedAt,
  });
  const { raiseConflict } = autosave;

  // Edits that never reached the server (reload, crash, closed tab) come back from localStorage.
  useEffect(() => {
    if (!editable) return;
    const local = readLocalDraft(reportId);
    if (!local || JSON.stringify(local.document) === JSON.stringify(props.document)) return;
    dispatch({ type: "replace", document: local.document });
    if (local.baseVersion === props.version) {
      message.info("已恢复上次未保存的修改，稍后自动保存。");
    } else {
      raiseConflict({
        mine: local.document,
        server: { version: props.version, updatedAt: props.updatedAt, document: props.document, savedBy: null },
      });
    }
    // Runs once on load; later changes come through the editor itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const values = useMemo(() => resolveValues(template, document), [template, document]);
  // The totals shown and the rules share one resolution of the values.
  const findings = useMemo(() => evaluateResolved(document, values, { lastYear: lastYear ?? undefined }), [document, values, lastYear]);
  const marks = useMemo(() => cellMarks(findings, props.workflow.comments), [findings, props.workflow.comments]);
  const [focusedCell, setFocusedCell] = useState<string | null>(null);
  const commentTarget = useMemo(() => {
    const target = focusedCell && step !== "details" && step !== "s1" && step !== "s5" && step !== "s6" ? `cell:${focusedCell}` : `section:${step}`;
    return { target, label: targetLabel(template, target) };
  }, [focusedCell, step, template]);
  const sectionComments = props.workflow.comments.filter((c) => !c.resolvedAt && c.target === `section:${step}`);
  const openTarget = useCallback((target: string) => {
    const [kind, id] = target.split(":");
    if (kind === "cell" && id) {
      const table = id.split(".")[0];
      setStep((table && TABLE_SECTION[table]) || "details");
      setTimeout(() => focusCell(id), 50);
    } else if (id) setStep(id as TStep);
  }, []);
  // The cell being typed into and its totals update at once; the findings list and the step counts follow
  // at lower priority, so a long list never delays a keystroke.
  const deferredFindings = useDeferredValue(findings);
  const errorsByStep = useMemo(() => {
    const counts = new Map<TStep, number>();
    for (const f of deferredFindings) if (f.severity === "error") counts.set(stepOf(f), (counts.get(stepOf(f)) ?? 0) + 1);
    return counts;
  }, [deferredFindings]);

  const onCells = useCallback((cells: Record<string, TCellValue>) => dispatch({ type: "setCells", values: cells }), []);
  const onDetails = useCallback((details: TReportDetails) => dispatch({ type: "setDetails", details }), []);

  const openFinding = useCallback((finding: TFinding) => {
    setStep(stepOf(finding));
    const cell = finding.cells[0];
    setTimeout(() => {
      if (cell) focusCell(cell);
      else window.document.querySelector<HTMLElement>(`[data-section="${finding.sectionId}"]`)?.focus();
    }, 50);
  }, []);

  const onResolve = (choice: "mine" | "server") => {
    const replacement = autosave.resolveConflict(choice);
    if (replacement) dispatch({ type: "replace", document: replacement });
  };

  const steps = useMemo<{ key: TStep; label: string }[]>(
    () => [{ key: "details", label: "报告信息" }, ...template.sections.map((section) => ({ key: section.id, label: section.heading }))],
    [template],
  );
  const section = template.sections.find((s) => s.id === step);

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <EditorHeader
        reportId={reportId}
        title={`${props.officeName} ${document.year}年度政府信息公开工作年度报告`}
        subtitle={`${template.documentNo} · ${REPORT_STATUS_LABELS[props.status] ?? props.status}`}
        status={editable ? autosave.status : null}
      />
      {!editable && <Alert type="warning" showIcon title={`该年报当前为只读（${REPORT_STATUS_LABELS[props.status] ?? props.status}）：只有本机关的填报人可以修改草稿或被退回的年报。`} />}
      <Row gutter={16}>
        <Col xs={24} lg={4}>
          <StepMenu steps={steps} step={step} errorsByStep={errorsByStep} onStep={setStep} />
        </Col>
        <Col xs={24} lg={14}>
          <Card
            title={step === "details" ? "报告信息" : section?.heading}
            onFocusCapture={(event) => {
              const id = (event.target as HTMLElement).dataset?.cell;
              if (id) setFocusedCell(id);
            }}
          >
            {sectionComments.map((c) => (
              <Alert key={c.id} type="info" showIcon style={{ marginBottom: 8 }} title={`批注（${c.authorName}）：${c.body}`} data-testid="section-comment" />
            ))}
            {step === "details" && (
              <DetailsForm details={document.details} year={document.year} documentNo={template.documentNo} editable={editable} onChange={onDetails} />
            )}
            {section?.kind === "narrative" && (
              <NarrativeEditor
                key={section.id}
                section={section}
                text={document.narrative[section.id] ?? ""}
                lastYearText={lastYear?.narrative[section.id]}
                lastYear={lastYear?.year}
                editable={editable}
                onChange={(text) => dispatch({ type: "setNarrative", key: section.id, text })}
              />
            )}
            {section?.kind === "table" && section.tableId && (
              <>
                <Guidance text={section.guidance} />
                <StatsTable
                  template={template}
                  table={template.tables[section.tableId]}
                  document={document}
                  values={values}
                  marks={marks}
                  editable={editable}
                  onCells={onCells}
                />
              </>
            )}
          </Card>
          <StepButtons steps={steps} step={step} onStep={setStep} />
        </Col>
        <Col xs={24} lg={6}>
          <WorkflowPanel
            reportId={reportId}
            template={template}
            view={props.workflow}
            findings={deferredFindings}
            commentTarget={commentTarget}
            saved={!editable || autosave.status.kind === "saved"}
            onOpenTarget={openTarget}
          />
          <FindingsPanel findings={deferredFindings} onOpen={openFinding} />
        </Col>
      </Row>
      <ConflictDialog template={template} conflict={autosave.conflict} onResolve={onResolve} />
    </Space>
  );
}
