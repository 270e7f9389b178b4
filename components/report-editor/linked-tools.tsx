"use client";

import { Alert, Button, Dropdown, Select, Space, Tag, Tooltip, Typography } from "antd";
import type { RefSelectProps } from "antd/es/select";
import { forwardRef, Fragment, useMemo } from "react";

import { dataParagraphsFor } from "@/lib/report/data-paragraphs";
import { linkRegistry, readLink, splitLinkedText, type TLinkState } from "@/lib/report/linked-values";
import type { TReportValues } from "@/lib/report/values";
import type { TSectionId } from "@/lib/template";

import type { TLinkOffer } from "./link-offers";

/**
 * The editor's linked-value tools (issue 13, docs/decisions.md D25): the picker, the “插入数据段落” menu,
 * the preview that shows markers as marked numbers following the tables, and the offers to link typed
 * numbers. The text itself stays a plain textarea holding the markers.
 */

interface TPickerProps {
  values: TReportValues;
  open: boolean;
  disabled: boolean;
  onOpenChange(open: boolean): void;
  onPick(sourceId: string): void;
}

/** A short searchable list of sources: derived totals and row totals first, each with today's number. */
export const LinkPicker = forwardRef<RefSelectProps, TPickerProps>(function LinkPicker(
  { values, open, disabled, onOpenChange, onPick },
  ref,
) {
  const options = useMemo(() => {
    const list = [...linkRegistry(values.template).list].sort(
      (a, b) => Number(b.featured) - Number(a.featured),
    );
    return list.map((source) => {
      const state = readLink(values, source.id);
      const current =
        state.kind === "ok" ? `${state.text}${source.unit === "万元" ? " 万元" : ""}` : "未填写";
      return {
        value: source.id,
        label: `${source.label}（${current}）`,
        search: `${source.label} ${source.keywords} ${source.id}`,
      };
    });
  }, [values]);
  return (
    <Select
      ref={ref}
      aria-label="插入关联数值"
      data-testid="link-picker"
      style={{ minWidth: 300 }}
      placeholder="插入关联数值（或在正文中输入 #）"
      options={options}
      value={null}
      open={open}
      disabled={disabled}
      onOpenChange={onOpenChange}
      showSearch={{ optionFilterProp: "search" }}
      onChange={(id: string) => onPick(id)}
      popupMatchSelectWidth={480}
    />
  );
});

interface TParagraphMenuProps {
  values: TReportValues;
  sectionId: TSectionId;
  disabled: boolean;
  onInsert(text: string): void;
}

/** “插入数据段落”: sentences written from the tables, the section's own first. */
export function DataParagraphMenu({ values, sectionId, disabled, onInsert }: Readonly<TParagraphMenuProps>) {
  const paragraphs = useMemo(
    () => dataParagraphsFor(values.template, values, sectionId),
    [values, sectionId],
  );
  return (
    <Dropdown
      disabled={disabled}
      trigger={["click"]}
      menu={{
        items: paragraphs.map((p) => ({
          key: p.id,
          label: p.text ? p.label : `${p.label}：${p.reason}`,
          disabled: !p.text,
        })),
        onClick: ({ key }) => {
          const text = paragraphs.find((p) => p.id === key)?.text;
          if (text) onInsert(text);
        },
      }}
    >
      <Button size="small">插入数据段落</Button>
    </Dropdown>
  );
}

const LINK_TAG = {
  ok: { color: "blue", hint: "关联" },
  blank: { color: "orange", hint: "表格未填写" },
  missing: { color: "red", hint: "来源不存在" },
} as const;

const stateTitle = (state: TLinkState, sourceId: string, printed: string): string => {
  switch (state.kind) {
    case "ok":
      return `关联：${state.source.label}`;
    case "blank":
      return `关联的${state.source.label}尚未填写，暂按上次的 ${printed || "（无）"} 显示`;
    case "missing":
      return `关联来源“${sourceId}”在本报告的格式中不存在，请删除或重新插入`;
  }
};

/** The section as it will read: markers as marked numbers naming their source on hover, live with the tables. */
export function LinkedPreview({ text, values }: Readonly<{ text: string; values: TReportValues }>) {
  const pieces = useMemo(() => splitLinkedText(text, values), [text, values]);
  if (!pieces.some((piece) => piece.kind === "link")) return null;
  return (
    <div
      data-testid="linked-preview"
      aria-label="正文预览（关联数值随表格更新）"
      style={{
        whiteSpace: "pre-wrap",
        border: "1px solid #d9d9d9",
        borderRadius: 6,
        padding: "8px 12px",
        marginTop: 8,
        maxHeight: 320,
        overflow: "auto",
        lineHeight: 2,
      }}
    >
      <Typography.Text type="secondary" style={{ display: "block", fontSize: 12, lineHeight: 1.5 }}>
        预览：蓝色数字关联表格，随表格更新（鼠标指向可看来源）
      </Typography.Text>
      {pieces.map((piece, index) =>
        piece.kind === "text" ? (
          <Fragment key={index}>{piece.text}</Fragment>
        ) : (
          <Tooltip key={index} title={stateTitle(piece.state, piece.marker.sourceId, piece.marker.printed)}>
            <Tag
              color={LINK_TAG[piece.state.kind].color}
              data-link={piece.marker.sourceId}
              data-state={piece.state.kind}
              role="img"
              aria-label={`${piece.state.kind === "ok" ? piece.state.text : piece.marker.printed}（${stateTitle(piece.state, piece.marker.sourceId, piece.marker.printed)}）`}
              style={{ marginInline: 2, paddingInline: 4 }}
            >
              {piece.state.kind === "ok" ? piece.state.text : piece.marker.printed || "？"}
              {piece.state.kind === "ok" ? "" : `（${LINK_TAG[piece.state.kind].hint}）`}
            </Tag>
          </Tooltip>
        ),
      )}
    </div>
  );
}

/** Typed numbers in recognised claims, offered as linked values (one click). */
export function LinkOffers({
  offers,
  editable,
  onLink,
}: Readonly<{ offers: TLinkOffer[]; editable: boolean; onLink(offer: TLinkOffer): void }>) {
  if (!editable || offers.length === 0) return null;
  return (
    <Space orientation="vertical" style={{ width: "100%", marginTop: 8 }} data-testid="link-offers">
      {offers.map((offer, index) => {
        const agrees = offer.typed === offer.tableValue;
        return (
          <Alert
            key={`${offer.match}-${index}`}
            type={agrees ? "info" : "warning"}
            showIcon
            title={
              agrees
                ? `正文“${offer.written}”与${offer.label}一致，可改为关联数值，以后随表格更新。`
                : `正文“${offer.written}”为 ${offer.typed}，而${offer.label}为 ${offer.tableText}。`
            }
            action={
              <Button size="small" type="primary" ghost onClick={() => onLink(offer)}>
                {agrees ? "关联" : `改为关联数值（${offer.tableText}）`}
              </Button>
            }
          />
        );
      })}
    </Space>
  );
}
