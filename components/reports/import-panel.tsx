"use client";

import {
  Alert,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Form,
  Input,
  List,
  Radio,
  Select,
  Space,
  Tag,
  Typography,
} from "antd";
import { useRouter } from "next/navigation";
import { useMemo, useState, useTransition } from "react";

import { withBlanksAsZero } from "@/lib/import/blanks";
import { MAX_FILE_BYTES } from "@/lib/import/detect";
import type { TImportChoice } from "@/lib/import/types";
import type { TReportDocument } from "@/lib/report/schema";
import { evaluateReport } from "@/lib/rules/evaluate";
import { getTemplate } from "@/lib/template";
import { TABLE_NAMES } from "@/lib/template/labels";
import type { TImportReview } from "@/lib/services/import-report";

import { createImportedDraftAction, previewImportAction } from "./import-actions";

interface TProps {
  fillerOffices: { id: string; name: string }[];
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

/** The document with the person's picks among candidate splits written into its cells. */
const applyChoices = (review: TImportReview, picks: Record<number, number>): TReportDocument => {
  const template = getTemplate(review.document.formatVersion);
  const cells = { ...review.document.cells };
  const printedTotals = { ...review.document.printedTotals };
  review.choices.forEach((choice, index) => {
    const candidate = picks[index] === undefined ? undefined : choice.candidates[picks[index]];
    if (!candidate) return;
    choice.cellIds.forEach((id, column) => {
      if (template.cellById.get(id)?.sumOf) printedTotals[id] = candidate[column] ?? null;
      else cells[id] = candidate[column] ?? null;
    });
  });
  return { ...review.document, cells, printedTotals };
};

/** Counts per table: read, split, blank in the original, not readable. */
const tableCounts = (review: TImportReview) => {
  const template = getTemplate(review.document.formatVersion);
  const chosen = new Set(review.choices.flatMap((choice) => choice.cellIds));
  return (["t2", "t3", "t4"] as const).map((table) => {
    const counts = { read: 0, split: 0, blank: 0, choice: 0, unread: 0 };
    for (const cell of template.cells.filter((c) => c.table === table)) {
      const entry = review.provenance[cell.id];
      if (chosen.has(cell.id)) counts.choice++;
      else if (!entry) counts.unread++;
      else if (entry.how === "blank") counts.blank++;
      else if (entry.how === "split") counts.split++;
      else if (
        (cell.sumOf ? review.document.printedTotals?.[cell.id] : review.document.cells[cell.id]) == null
      )
        counts.unread++;
      else counts.read++;
    }
    return { table, counts };
  });
};

function ChoiceRow({
  choice,
  value,
  onChange,
}: {
  choice: TImportChoice;
  value?: number;
  onChange: (v: number) => void;
}) {
  return (
    <div>
      <Typography.Text strong>
        {TABLE_NAMES[choice.table]}“{choice.rowLabel}”行
      </Typography.Text>
      <Typography.Text type="secondary">
        ：原文数字连排为“{choice.raw}”（{choice.where}），有 {choice.candidates.length} 种拆分都说得通，请选择
        {choice.supportedBy ? `（${choice.supportedBy}）` : ""}
      </Typography.Text>
      <Radio.Group
        aria-label={`${choice.rowLabel} 的拆分`}
        value={value}
        onChange={(event) => onChange(event.target.value as number)}
        style={{ display: "flex", flexWrap: "wrap", gap: 8, marginTop: 4 }}
        options={choice.candidates.map((candidate, index) => ({
          value: index,
          label: candidate.join(" / "),
        }))}
      />
    </div>
  );
}

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
    return form;
  };
  const onRead = () =>
    startTransition(async () => {
      setMessage(null);
      const result = await previewImportAction(originalForm());
      if (!result.ok) {
        setReview(null);
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
      const result = await createImportedDraftAction(form);
      if (!result.ok) return setMessage(result.error.message);
      setReview(null);
      setStored(
        `已存为${document.year}年度${IMPORTED_PUBLISHED_LABEL}。新建${document.year + 1}年度年报时将从它带入上年数据。`,
      );
      router.refresh();
    });

  return (
    <Card title="导入已有年报" size="small">
      <Form layout="vertical" onFinish={onRead}>
        <Form.Item label="上传文件（Word、WPS、PDF、网页、Excel）">
          <input
            type="file"
            aria-label="选择要导入的文件"
            accept=".docx,.doc,.wps,.pdf,.html,.htm,.xlsx,.txt,.json"
            onChange={(event) => {
              const chosen = event.target.files?.[0] ?? null;
              setReview(null);
              // Said here, before a 20 MB upload is sent only to be refused by the server.
              if (chosen && chosen.size > MAX_FILE_BYTES) {
                setFile(null);
                event.target.value = "";
                return setMessage("文件超过 20 MB，无法导入。");
              }
              setMessage(null);
              setFile(chosen);
            }}
          />
        </Form.Item>
        <Form.Item label="或粘贴报告全文">
          <Input.TextArea
            aria-label="粘贴报告全文"
            rows={4}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setReview(null);
            }}
            placeholder="从网页或 PDF 复制整篇报告，粘贴在这里"
          />
        </Form.Item>
        <Form.Item
          label="或填写已发布网页的网址"
          extra="由服务器读取该网页；网页只链接了 PDF 等附件时会提示附件的网址。"
        >
          <Input
            aria-label="已发布网页的网址"
            value={url}
            maxLength={2000}
            onChange={(event) => {
              setUrl(event.target.value);
              setReview(null);
            }}
            placeholder="https://……"
          />
        </Form.Item>
        <Button htmlType="submit" loading={pending} disabled={!file && !text.trim() && !url.trim()}>
          读取
        </Button>
      </Form>
      {message && <Alert type="error" title={message} showIcon style={{ marginTop: 12 }} />}
      {stored && <Alert type="success" title={stored} showIcon style={{ marginTop: 12 }} />}
      {review && document && (
        <Space orientation="vertical" size="middle" style={{ width: "100%", marginTop: 16 }}>
          <Descriptions size="small" bordered column={1} title="读到的报告">
            <Descriptions.Item label="来源">{review.source.label}</Descriptions.Item>
            <Descriptions.Item label="标题">
              {review.document.details.title ?? "（未读到）"}
            </Descriptions.Item>
            <Descriptions.Item label="年度">{review.document.year}年度</Descriptions.Item>
            <Descriptions.Item label="格式">
              {getTemplate(review.document.formatVersion).documentNo}
            </Descriptions.Item>
            <Descriptions.Item label="正文">
              {(["opening", "s1", "s5", "s6"] as const)
                .filter((key) => review.document.narrative[key])
                .map(
                  (key) =>
                    ({
                      opening: "开头段落",
                      s1: "一、总体情况",
                      s5: "五、存在的主要问题",
                      s6: "六、其他需要报告的事项",
                    })[key],
                )
                .join("、") || "（未读到）"}
            </Descriptions.Item>
            {tableCounts(review).map(({ table, counts }) => (
              <Descriptions.Item key={table} label={TABLE_NAMES[table]}>
                <Space wrap>
                  <Tag color="green">读取 {counts.read}</Tag>
                  {counts.split > 0 && <Tag color="cyan">按合计拆分 {counts.split}</Tag>}
                  {counts.choice > 0 && <Tag color="gold">待选择 {counts.choice}</Tag>}
                  {counts.blank > 0 && <Tag>原报告空白 {counts.blank}</Tag>}
                  {counts.unread > 0 && <Tag color="red">未能读取 {counts.unread}</Tag>}
                  {counts.blank > 0 && (
                    <Checkbox
                      checked={blanksAsZero.includes(table)}
                      onChange={(event) =>
                        setBlanksAsZero((current) =>
                          event.target.checked ? [...current, table] : current.filter((t) => t !== table),
                        )
                      }
                    >
                      本表 {counts.blank} 个空白格按 0 计（记入历史）
                    </Checkbox>
                  )}
                </Space>
              </Descriptions.Item>
            ))}
          </Descriptions>
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
              disabled={unpicked > 0}
            >
              创建{review.document.year}年度草稿
            </Button>
            {review.document.year < currentYear && (
              <Button onClick={() => onCreate("published")} loading={pending} disabled={unpicked > 0}>
                存为{review.document.year}年度已发布的报告
              </Button>
            )}
            {unpicked > 0 && <Typography.Text type="secondary">还有 {unpicked} 处拆分待选择</Typography.Text>}
          </Space>
        </Space>
      )}
    </Card>
  );
}
