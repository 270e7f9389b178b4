"use client";

import { Alert, App, Button, Modal, Radio, Space, Typography } from "antd";
import { useMemo, useState, useTransition } from "react";

import { buildTableDiff } from "@/lib/import/into-draft";
import { buildSectionDiff } from "@/lib/import/section-into-draft";
import { postImportForm } from "@/lib/import/upload-limit";
import type { TNarrativeKey } from "@/lib/report/schema";
import type { TIntoDraftPreview } from "@/lib/services/import-into-draft";
import type { TReportTemplate } from "@/lib/template";

import { applyIntoDraftAction, previewIntoDraftAction } from "./import-into-draft-actions";
import { SectionImportDiff } from "./section-import-diff";
import { TableImportDiff } from "./table-import-diff";

const NARRATIVE_KEYS: TNarrativeKey[] = ["s1", "s2", "s3", "s4", "s5", "s6"];

interface TProps {
  reportId: string;
  template: TReportTemplate;
  /** Whether the editor has nothing unsaved: an import is diffed against the server's version. */
  saved: boolean;
  open: boolean;
  onClose(): void;
}

/**
 * 导入 into this draft (issue 11): pick a file, read it against the draft as saved, see the diff — every cell
 * that changes, or one section's old and new text — and apply it; the page reloads at the new version. Opened by
 * `ImportIntoDraftButton`, which loads it on demand.
 */
export function ImportIntoDraftDialog({ reportId, template, saved, open, onClose }: Readonly<TProps>) {
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<TIntoDraftPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [part, setPart] = useState<"tables" | "section">("tables");
  const [keepWhereBlank, setKeepWhereBlank] = useState(false);
  const [from, setFrom] = useState<TNarrativeKey | null>(null);
  const [to, setTo] = useState<TNarrativeKey | null>(null);
  const [dropMarkers, setDropMarkers] = useState(false);
  const [pending, startTransition] = useTransition();

  const sourceKeys = useMemo(
    () => NARRATIVE_KEYS.filter((key) => preview?.source.narrative[key]?.trim()),
    [preview],
  );
  const tableDiff = useMemo(
    () =>
      preview &&
      buildTableDiff(
        preview.document,
        { document: { ...preview.document, cells: preview.source.cells }, ...preview.source },
        { keepWhereBlank },
      ),
    [preview, keepWhereBlank],
  );
  const sectionFrom = from ?? sourceKeys[0] ?? null;
  const sectionTo = to ?? sectionFrom;
  const sectionDiff = useMemo(
    () =>
      preview && sectionFrom && sectionTo
        ? buildSectionDiff(preview.document, preview.source.narrative, sectionFrom, sectionTo)
        : null,
    [preview, sectionFrom, sectionTo],
  );

  const form = (extra: Record<string, string>) => {
    const data = new FormData();
    data.set("reportId", reportId);
    if (file) data.set("file", file);
    for (const [key, value] of Object.entries(extra)) data.set(key, value);
    return data;
  };
  const read = () =>
    startTransition(async () => {
      setError(null);
      const result = await postImportForm(previewIntoDraftAction, form({}));
      if (!result.ok) return setError(result.error.message);
      setPreview(result.data);
      setFrom(null);
      setTo(null);
    });
  const apply = () =>
    startTransition(async () => {
      if (!preview) return;
      const chosen =
        part === "tables"
          ? { kind: "tables", keepWhereBlank }
          : { kind: "section", from: sectionFrom, to: sectionTo, dropMarkers };
      const result = await postImportForm(
        applyIntoDraftAction,
        form({ baseVersion: String(preview.version), part: JSON.stringify(chosen) }),
      );
      if (!result.ok) return setError(result.error.message);
      message.success(`已导入，保存为第 ${result.data.version} 版。可在“历史”中查看导入了什么。`);
      window.location.reload();
    });

  const canApply =
    part === "tables"
      ? Boolean(tableDiff?.changes.length) && !preview?.source.mismatch
      : Boolean(sectionDiff?.after) && (!sectionDiff?.dropped.length || dropMarkers);

  return (
    <Modal
      title="导入到本草稿"
      open={open}
      width={960}
      onCancel={onClose}
      footer={[
        <Button key="cancel" onClick={onClose}>
          取消
        </Button>,
        <Button
          key="apply"
          type="primary"
          loading={pending}
          disabled={!preview || !canApply || !saved || pending}
          onClick={apply}
        >
          {part === "tables" ? "导入表格" : "替换该部分"}
        </Button>,
      ]}
    >
      <Space orientation="vertical" style={{ width: "100%" }}>
        {!saved && <Alert type="info" showIcon title="请等待自动保存完成后再导入：对比基于已保存的草稿。" />}
        <Radio.Group
          value={part}
          onChange={(event) => setPart(event.target.value)}
          options={[
            { value: "tables", label: "只导入表二、表三、表四（Excel、WPS 表格或含表格的文件）" },
            { value: "section", label: "导入一个部分的文字（Word 等）" },
          ]}
        />
        <Space wrap>
          <input
            type="file"
            aria-label="选择要导入的文件"
            accept=".xlsx,.docx,.doc,.wps,.pdf,.html,.htm,.txt"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setPreview(null);
              setError(null);
            }}
          />
          <Button onClick={read} loading={pending} disabled={!file || pending}>
            读取并对比
          </Button>
        </Space>
        {error && <Alert type="error" showIcon title={error} data-testid="import-into-error" />}
        {preview && (
          <Typography.Text type="secondary">
            {preview.source.label}；对比基于第 {preview.version} 版草稿。
          </Typography.Text>
        )}
        {preview?.source.mismatch && (
          <Alert
            type={part === "tables" ? "error" : "warning"}
            showIcon
            data-testid="import-into-mismatch"
            title={
              part === "tables"
                ? preview.source.mismatch
                : `${preview.source.mismatch.replace(/，未导入。.*$/, "")}。文字部分仍可导入，请核对年度。`
            }
          />
        )}
        {preview && part === "tables" && tableDiff && (
          <TableImportDiff
            diff={tableDiff}
            keepWhereBlank={keepWhereBlank}
            onKeepWhereBlank={setKeepWhereBlank}
          />
        )}
        {preview && part === "section" && (
          <SectionImportDiff
            template={template}
            sourceKeys={sourceKeys}
            targetKeys={NARRATIVE_KEYS}
            diff={sectionDiff}
            dropMarkers={dropMarkers}
            onFrom={setFrom}
            onTo={setTo}
            onDropMarkers={setDropMarkers}
          />
        )}
      </Space>
    </Modal>
  );
}
