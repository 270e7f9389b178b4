"use client";

import { Alert, Button, Card, Input, Progress, Space, Typography } from "antd";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";

import { batchSizeProblem, fileSizeProblem, MAX_BATCH_FILES } from "@/lib/import/batch";
import { postImportForm } from "@/lib/import/upload-limit";
import type { TBatchContext } from "@/lib/services/import-batch";

import { previewBatchItemAction, saveBatchItemAction } from "./actions";
import { aliasByDefault, printedNameOf, rowProblems, type TBatchRow } from "./batch-rows";
import { BatchTable } from "./batch-table";

const formOf = (row: TBatchRow): FormData => {
  const form = new FormData();
  if ("file" in row.source) form.set("file", row.source.file);
  else form.set("text", row.source.text);
  return form;
};

/**
 * 批量导入: a 审核人 chooses many published files (or pastes texts one after another) for the offices below;
 * each is read on the server one at a time (n/N shown) and matched to an office; the person settles the
 * office of every row that did not match, then confirms, and the rows without a problem are stored one by one.
 */
export function BatchImport({ context }: Readonly<{ context: TBatchContext }>) {
  const router = useRouter();
  const [rows, setRows] = useState<TBatchRow[]>([]);
  const [text, setText] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ what: string; done: number; total: number } | null>(null);
  const counter = useRef(0);

  const officeName = (id: string) => context.offices.find((office) => office.id === id)?.name ?? "该机关";
  const problems = rowProblems(rows, context.existingYears, officeName);
  const storable = rows.filter((row, index) => row.state === "read" && row.officeId && !problems[index]);
  const busy = progress !== null;

  const change = (key: string, patch: Partial<TBatchRow>) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  const add = (sources: { label: string; source: TBatchRow["source"]; size: number }[]) => {
    const all = [
      ...rows.map((row) => ({
        name: row.label,
        size: "file" in row.source ? row.source.file.size : row.source.text.length,
      })),
      ...sources.map((source) => ({ name: source.label, size: source.size })),
    ];
    const tooMany = batchSizeProblem(all);
    if (tooMany) return setMessage(tooMany);
    setMessage(null);
    setRows((current) => [
      ...current,
      ...sources.map((source): TBatchRow => {
        const problem = fileSizeProblem(source.size);
        counter.current += 1;
        return {
          key: String(counter.current),
          label: source.label,
          source: source.source,
          state: problem ? "failed" : "waiting",
          ...(problem ? { error: problem } : {}),
          officeId: null,
          addAlias: false,
        };
      }),
    ]);
  };

  const readAll = async () => {
    const waiting = rows.filter((row) => row.state === "waiting");
    for (const [index, row] of waiting.entries()) {
      setProgress({ what: "正在读取", done: index, total: waiting.length });
      change(row.key, { state: "reading" });
      const result = await postImportForm(previewBatchItemAction, formOf(row));
      if (!result?.ok) {
        change(row.key, { state: "failed", error: result?.error.message ?? "网络错误，未能读取。" });
        continue;
      }
      const match = result.data.match;
      const officeId = match.status === "matched" ? match.match.officeId : null;
      const office = context.offices.find((candidate) => candidate.id === officeId);
      change(row.key, {
        state: "read",
        item: result.data,
        officeId,
        addAlias: aliasByDefault(office, result.data),
      });
    }
    setProgress(null);
  };

  const confirm = async () => {
    for (const [index, row] of storable.entries()) {
      setProgress({ what: "正在保存", done: index, total: storable.length });
      change(row.key, { state: "saving" });
      const form = formOf(row);
      const alias = row.addAlias ? printedNameOf(row) : null;
      form.set(
        "payload",
        JSON.stringify({
          officeId: row.officeId,
          document: row.item?.review.document,
          ...(alias ? { addAlias: alias } : {}),
        }),
      );
      const result = await postImportForm(saveBatchItemAction, form);
      if (result?.ok) change(row.key, { state: "saved", saved: { id: result.data.id, as: result.data.as } });
      else change(row.key, { state: "read", error: result?.error.message ?? "网络错误，未能保存。" });
    }
    setProgress(null);
    router.refresh();
  };

  const waitingCount = rows.filter((row) => row.state === "waiting").length;
  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <div>
        <Typography.Title level={2}>批量导入下级机关的年报</Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          一次导入多份已发布的年报：按报告中印的机关名称认出机关（名称、别名、简称或相近名称），读出年度；核对并确认后才保存。
        </Typography.Paragraph>
      </div>
      <Card title="1. 选择下级机关已发布的年报">
        <Space orientation="vertical" style={{ width: "100%" }}>
          <input
            type="file"
            multiple
            aria-label="选择要批量导入的文件"
            accept=".docx,.doc,.wps,.pdf,.html,.htm,.xlsx,.txt"
            disabled={busy}
            onChange={(event) => {
              const files = [...(event.target.files ?? [])];
              add(files.map((file) => ({ label: file.name, source: { file }, size: file.size })));
              event.target.value = "";
            }}
          />
          <Typography.Text type="secondary">
            可一次选择多个文件（Word、WPS、PDF、网页、Excel），每个不超过 20 MB，一次最多 {MAX_BATCH_FILES}{" "}
            个、合计 200 MB。
          </Typography.Text>
          <Input.TextArea
            aria-label="粘贴一份报告全文"
            rows={3}
            value={text}
            disabled={busy}
            placeholder="或粘贴一份报告的全文，点“加入列表”；可逐份粘贴多份"
            onChange={(event) => setText(event.target.value)}
          />
          <Button
            disabled={busy || !text.trim()}
            onClick={() => {
              const pasted = rows.filter((row) => "text" in row.source).length + 1;
              add([{ label: `粘贴的文字 ${pasted}`, source: { text }, size: new Blob([text]).size }]);
              setText("");
            }}
          >
            加入列表
          </Button>
          {message && <Alert type="error" showIcon title={message} />}
          <Button type="primary" disabled={busy || waitingCount === 0} onClick={readAll}>
            读取 {waitingCount} 个文件
          </Button>
        </Space>
      </Card>
      {progress && (
        <div role="status" aria-live="polite">
          {progress.what} {progress.done + 1}/{progress.total}
          <Progress percent={Math.round((progress.done / progress.total) * 100)} />
        </div>
      )}
      {rows.length > 0 && (
        <Card title="2. 核对机关与年度（确认前不会保存任何内容）">
          <BatchTable
            rows={rows}
            problems={problems}
            offices={context.offices}
            currentYear={context.currentYear}
            busy={busy}
            onChange={change}
          />
          <Space style={{ marginTop: 16 }} wrap>
            <Button type="primary" disabled={busy || storable.length === 0} onClick={confirm}>
              确认导入 {storable.length} 份
            </Button>
            <Typography.Text type="secondary">
              有问题的文件不会导入，原因列在“情况”一栏；往年的报告存为已发布（导入），本年度及以后的存为草稿。
            </Typography.Text>
          </Space>
        </Card>
      )}
    </Space>
  );
}
