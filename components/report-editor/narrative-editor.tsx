"use client";

import { Alert, Button, Card, Col, Input, Row, Space, Typography } from "antd";
import type { RefSelectProps } from "antd/es/select";
import type { TextAreaRef } from "antd/es/input/TextArea";
import { memo, useMemo, useRef, useState } from "react";

import { linkMarker, readLink, resolveLinkedText } from "@/lib/report/linked-values";
import { NARRATIVE_MAX } from "@/lib/report/plain-parts";
import type { TReportValues } from "@/lib/report/values";
import type { TSectionDef } from "@/lib/template";

import { applyLinkFix, insertParagraph, linkOffers, type TLinkOffer } from "./link-offers";
import { DataParagraphMenu, LinkedPreview, LinkOffers, LinkPicker } from "./linked-tools";

interface TProps {
  section: TSectionDef;
  text: string;
  lastYearText?: string;
  lastYear?: number;
  editable: boolean;
  values: TReportValues;
  /** A table section's short text before its table: no guidance, outline or last year's text. */
  compact?: boolean;
  onChange(text: string): void;
}

const TRIGGERS = new Set(["#", "＃"]);

/**
 * One narrative section: the official guidance, the text with a character count, last year's text beside
 * it, and the linked-value tools (picker, `#` trigger, 插入数据段落, preview, offers to link typed numbers).
 * Memoised: a keystroke elsewhere (a table's cell) re-renders it only when the values it is given change.
 */
export const NarrativeEditor = memo(function NarrativeEditor({
  section,
  text,
  lastYearText,
  lastYear,
  editable,
  values,
  compact,
  onChange,
}: Readonly<TProps>) {
  const outline = section.subheadings?.join("\n\n") ?? "";
  const areaRef = useRef<TextAreaRef>(null);
  const pickerRef = useRef<RefSelectProps>(null);
  const caretRef = useRef<number | null>(null);
  /** Where a typed `#` waits to become a linked value. */
  const [trigger, setTrigger] = useState<number | null>(null);
  const [pickerOpen, setPickerOpen] = useState(false);
  const offers = useMemo(() => linkOffers(text, section.id, values), [text, section.id, values]);

  const textArea = () => areaRef.current?.resizableTextArea?.textArea;
  const rememberCaret = () => {
    const area = textArea();
    if (area) caretRef.current = area.selectionStart;
  };
  const placeCaret = (at: number) =>
    setTimeout(() => {
      const area = textArea();
      area?.focus();
      area?.setSelectionRange(at, at);
    }, 0);

  const pick = (sourceId: string) => {
    const state = readLink(values, sourceId);
    const marker = linkMarker(sourceId, state.kind === "ok" ? state.text : "");
    let at = caretRef.current ?? text.length;
    let next: string;
    if (trigger !== null && TRIGGERS.has(text[trigger] ?? "")) {
      at = trigger;
      next = text.slice(0, trigger) + marker + text.slice(trigger + 1);
    } else {
      at = Math.min(at, text.length);
      next = text.slice(0, at) + marker + text.slice(at);
    }
    setTrigger(null);
    setPickerOpen(false);
    onChange(next);
    placeCaret(at + marker.length);
  };

  const insertData = (paragraph: string) => {
    const result = insertParagraph(text, Math.min(caretRef.current ?? text.length, text.length), paragraph);
    onChange(result.text);
    placeCaret(result.caret);
  };

  const link = (offer: TLinkOffer) => {
    const next = applyLinkFix(text, offer, values);
    if (next !== null) onChange(next);
  };

  const editorColumn = (
    <>
      {!compact && (
        <Alert
          type="info"
          showIcon
          title="本部分应写明"
          description={section.guidance}
          style={{ marginBottom: 12 }}
        />
      )}
      {!compact && section.checklist && (
        <Typography.Paragraph type="secondary">
          可包括：
          {section.checklist.map((item) => `${item.label}${item.required ? "（必须说明）" : ""}`).join("；")}
        </Typography.Paragraph>
      )}
      {editable && (
        <Space wrap style={{ marginBottom: 8 }}>
          {!compact && !text.trim() && outline && (
            <Button size="small" onClick={() => onChange(outline)}>
              插入提纲（{section.subheadings?.length} 个小标题）
            </Button>
          )}
          <DataParagraphMenu
            values={values}
            sectionId={section.id}
            disabled={!editable}
            onInsert={insertData}
          />
          <LinkPicker
            ref={pickerRef}
            values={values}
            open={pickerOpen}
            disabled={!editable}
            onOpenChange={(open) => {
              setPickerOpen(open);
              if (!open) setTrigger(null);
            }}
            onPick={pick}
          />
        </Space>
      )}
      <Input.TextArea
        ref={areaRef}
        value={text}
        onChange={(event) => {
          const next = event.target.value;
          const caret = event.target.selectionStart;
          caretRef.current = caret;
          // A single typed `#` opens the picker; the chosen value takes its place.
          if (
            next.length === text.length + 1 &&
            caret > 0 &&
            TRIGGERS.has(next[caret - 1] ?? "") &&
            next.slice(0, caret - 1) + next.slice(caret) === text
          ) {
            setTrigger(caret - 1);
            setPickerOpen(true);
            setTimeout(() => pickerRef.current?.focus(), 0);
          }
          onChange(next);
        }}
        onSelect={rememberCaret}
        onKeyUp={rememberCaret}
        onClick={rememberCaret}
        readOnly={!editable}
        autoSize={compact ? { minRows: 3, maxRows: 20 } : { minRows: 12, maxRows: 40 }}
        aria-label={compact ? `${section.heading}（表前文字）` : section.heading}
        data-section={section.id}
        placeholder={
          compact
            ? "表前文字（可选）：可用“插入数据段落”写出表中数字，数字随表格更新。"
            : `${section.heading}：以“（一）”开头的行为小标题，每段一行。`
        }
      />
      <NarrativeLength text={text} values={values} />
      <LinkedPreview text={text} values={values} />
      <LinkOffers offers={offers} editable={editable} onLink={link} />
    </>
  );

  if (compact) return <div style={{ marginBottom: 16 }}>{editorColumn}</div>;
  return (
    <Row gutter={16}>
      <Col xs={24} lg={lastYearText ? 14 : 24}>
        {editorColumn}
      </Col>
      {lastYearText && (
        <Col xs={24} lg={10}>
          <Card
            size="small"
            title={`${lastYear}年度报告的本部分`}
            styles={{ body: { maxHeight: 560, overflow: "auto", whiteSpace: "pre-wrap" } }}
          >
            {lastYearText}
          </Card>
        </Col>
      )}
    </Row>
  );
});

/**
 * The section's length as read (linked values resolved), and — near or over the stored limit (`NARRATIVE_MAX`,
 * counted as the server counts it) — how much is left or must go: a section over it cannot be saved (tester2).
 */
function NarrativeLength({ text, values }: Readonly<{ text: string; values: TReportValues }>) {
  const read = [...resolveLinkedText(text, values)].length;
  const over = text.length - NARRATIVE_MAX;
  if (over > 0)
    return (
      <Typography.Text type="danger" role="alert">
        {read} 字：本部分超过 {NARRATIVE_MAX} 个字符的上限，无法保存，请删减 {over} 个字符。
      </Typography.Text>
    );
  const left = NARRATIVE_MAX - text.length;
  return (
    <Typography.Text type="secondary">
      {read} 字{left < NARRATIVE_MAX * 0.05 ? `（距上限 ${NARRATIVE_MAX} 个字符还剩 ${left} 个）` : ""}
    </Typography.Text>
  );
}
