"use client";

import { Alert, Button, Card, List, Select, Space, Tag, Typography } from "antd";
import { useRouter } from "next/navigation";
import { useMemo, useState, useTransition } from "react";

import { withBlanksAsZero } from "@/lib/import/blanks";
import { evaluateReport } from "@/lib/rules/evaluate";
import { FIRST_SUPPORTED_YEAR } from "@/lib/template";
import type { TImportReview } from "@/lib/services/import-report";

import { postImportForm } from "@/lib/import/upload-limit";

import { createImportedDraftAction, previewImportAction } from "./import-actions";
import { ChoiceRow } from "./import-choice-row";
import { applyChoices } from "./import-review";
import { ImportSourceForm } from "./import-source-form";
import { ImportOfficeCheck } from "./import-office-check";
import { ImportReadTables } from "./import-read-tables";
import { ImportSummary } from "./import-summary";

interface TProps {
  /** The offices the person fills for, with their aliases (the office-name check). */
  fillerOffices: { id: string; name: string; aliases: string[] }[];
  /** The current report year: older imports may be stored as published. */
  currentYear: number;
}

/** How 我的年报 names a past year's published report stored from an import. */
export const IMPORTED_PUBLISHED_LABEL = "已发布（导入）";

const SEVERITY = {
  error: { color: "red", label: "错误" },
  warning: { color: "orange", label: "警告" },
  info: { color: "blue", label: "提示" },
} as const;

/** 我的年报 → 导入: upload a published report or paste its text, review what was read, create a draft. */
export function ImportPanel({ fillerOffices, currentYear }: Readonly<TProps>) {
  const [text, setText] = useState("");
  const [url, setUrl] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [review, setReview] = useState<TImportReview | null>(null);
  const [picks, setPicks] = useState<Record<number, number>>({});
  // Tables whose “原报告空白” cells the person chose to count as 0 (said in the history when saved).
  const [blanksAsZero, setBlanksAsZero] = useState<("t2" | "t3" | "t4")[]>([]);
  const [officeId, setOfficeId] = useState(fillerOffices[0]?.id);
  const [message, setMessage] = useState<string | null>(null);
  // The report printed no year: the person chooses it (issue 11 tester §6), sent with every read and 创建.
  const [askYear, setAskYear] = useState(false);
  const [year, setYear] = useState<number | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();

  const document = useMemo(
    () => (review ? withBlanksAsZero(applyChoices(review, picks), review.blanks, blanksAsZero) : null),
    [review, picks, blanksAsZero],
  );
  const findings = useMemo(() => (document ? evaluateReport(document) : []), [document]);
  const unpicked = review ? review.choices.filter((_, index) => picks[index] === undefined).length : 0;

  // The original as the form sends it: read for the review, sent again with 创建 to be stored with the report.
  const originalForm = () => {
    const form = new FormData();
    if (file) form.set("file", file);
    else if (text.trim()) form.set("text", text);
    else form.set("url", url);
    if (askYear && year) form.set("year", String(year));
    return form;
  };
  const onRead = () =>
    startTransition(async () => {
      setMessage(null);
      const result = await postImportForm(previewImportAction, originalForm());
      if (!result.ok) {
        setReview(null);
        if ((result.error.details as { needsYear?: boolean } | undefined)?.needsYear) setAskYear(true);
        return setMessage(result.error.message);
      }
      setPicks({});
      setBlanksAsZero([]);
      setReview(result.data);
    });
  const [stored, setStored] = useState<string | null>(null);
  const onCreate = (as: "draft" | "published") =>
    startTransition(async () => {
      if (!officeId || !document) return setMessage("请选择机关。");
      setMessage(null);
      const form = originalForm();
      form.set("payload", JSON.stringify({ officeId, document, as, blanksAsZero }));
      const result = await postImportForm(createImportedDraftAction, form);
      if (!result.ok) return setMessage(result.error.message);
      setReview(null);
      setStored(
        `已存为${document.year}年度${IMPORTED_PUBLISHED_LABEL}。新建${document.year + 1}年度年报时将从它带入上年数据。`,
      );
      router.refresh();
    });

  return (
    <Card title="导入已有年报" size="small">
      <ImportSourceForm
        text={text}
        url={url}
        canRead={Boolean(file || text.trim() || url.trim())}
        pending={pending}
        setText={setText}
        setUrl={setUrl}
        setFile={setFile}
        setMessage={setMessage}
        onChange={() => setReview(null)}
        onRead={onRead}
      />
      {askYear && (
        <Space style={{ marginTop: 12 }}>
          <label htmlFor="import-year">年度</label>
          <Select
            id="import-year"
            aria-label="报告的年度"
            placeholder="选择年度"
            style={{ width: 140 }}
            value={year ?? undefined}
            onChange={(value: number) => {
              setYear(value);
              setReview(null);
            }}
            options={Array.from({ length: currentYear - FIRST_SUPPORTED_YEAR + 1 }, (_, index) => {
              const value = currentYear - index;
              return { value, label: `${value}年度` };
            })}
          />
        </Space>
      )}
      {message && <Alert type="error" title={message} showIcon style={{ marginTop: 12 }} />}
      {stored && <Alert type="success" title={stored} showIcon style={{ marginTop: 12 }} />}
      {review && document && (
        <Space orientation="vertical" size="middle" style={{ width: "100%", marginTop: 16 }}>
          <ImportSummary review={review} blanksAsZero={blanksAsZero} setBlanksAsZero={setBlanksAsZero} />
          <ImportReadTables review={review} document={document} />
          {review.choices.map((choice, index) => (
            <ChoiceRow
              key={choice.cellIds[0]}
              choice={choice}
              value={picks[index]}
              onChange={(value) => setPicks((current) => ({ ...current, [index]: value }))}
            />
          ))}
          {review.problems.length > 0 && (
            <Alert
              type="warning"
              showIcon
              title={`需要核对的内容（${review.problems.length}）`}
              description={
                <ul style={{ margin: 0, paddingLeft: 20 }}>
                  {review.problems.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
              }
            />
          )}
          <List
            size="small"
            bordered
            header={<strong>检查结果（{findings.length} 条）</strong>}
            dataSource={findings}
            locale={{ emptyText: "未发现问题" }}
            renderItem={(finding) => (
              <List.Item data-testid="import-finding">
                <Tag color={SEVERITY[finding.severity].color}>{SEVERITY[finding.severity].label}</Tag>
                {finding.message}
              </List.Item>
            )}
          />
          <ImportOfficeCheck
            details={review.document.details}
            office={fillerOffices.find((office) => office.id === officeId)}
          />
          <Space wrap>
            <Select
              style={{ minWidth: 220 }}
              value={officeId}
              onChange={setOfficeId}
              options={fillerOffices.map((o) => ({ value: o.id, label: o.name }))}
              aria-label="导入到机关"
            />
            <Button
              type="primary"
              onClick={() => onCreate("draft")}
              loading={pending}
              disabled={unpicked > 0 || pending}
            >
              创建{review.document.year}年度草稿
            </Button>
            {review.document.year < currentYear && (
              <Button
                onClick={() => onCreate("published")}
                loading={pending}
                disabled={unpicked > 0 || pending}
              >
                存为{review.document.year}年度已发布的报告
              </Button>
            )}
            {unpicked > 0 && <Typography.Text type="secondary">还有 {unpicked} 处待选择</Typography.Text>}
          </Space>
        </Space>
      )}
    </Card>
  );
}
