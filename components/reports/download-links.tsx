"use client";

import type { MouseEvent } from "react";

import { modal } from "@/components/ui/feedback";
import { Space } from "@/components/ui/space";

interface TProps {
  reportId: string;
  /** Errors the checker finds in the report now; above 0, a download asks for confirmation first. */
  errorCount: number;
  /** Also offer the .docx with 附：图解 (the preview and 图解 pages; the editor's header stays short). */
  withCharts?: boolean;
  /**
   * The edition in force of a published report: then the only downloads are that edition's frozen files, as
   * published. Without it the links export the report as it is now, labelled 草稿.
   */
  publishedEdition?: number;
}

const FORMATS = [
  { path: "docx", label: "下载 Word" },
  { path: "html", label: "下载网页" },
  // 附：图解 after the report (issue 18): the charts as pictures with their numbers in words.
  { path: "docx?charts=1", label: "下载含图解的 Word" },
] as const;

/**
 * Starts the download through a link carrying `download`: unlike a navigation, it fires no `beforeunload`, so the
 * editor's leave guard cannot cancel it while an autosave is still under way.
 */
const startDownload = (href: string) => {
  const link = document.createElement("a");
  link.href = href;
  link.download = "";
  document.body.append(link);
  link.click();
  link.remove();
};

/**
 * The 下载 Word / 下载网页 links of a report. A published report offers its frozen edition only (one download
 * path: what was published). Otherwise the links say 草稿 (the export marks it too); a report with errors is
 * still downloadable (a reviewer may need the file), but only after confirming: the file would publish wrong
 * numbers.
 */
export function DownloadLinks({
  reportId,
  errorCount,
  withCharts = false,
  publishedEdition,
}: Readonly<TProps>) {
  const confirm = (event: MouseEvent<HTMLAnchorElement>, href: string, label: string) => {
    if (errorCount === 0) return;
    event.preventDefault();
    modal.confirm({
      title: `报告有 ${errorCount} 个错误，仍要${label}吗？`,
      content: "校验结果中的错误尚未改正，下载的文件会带着这些错误。建议先按“校验结果”改正后再下载。",
      okText: "仍然下载",
      cancelText: "取消",
      onOk: () => startDownload(href),
    });
  };
  if (publishedEdition)
    return (
      <Space wrap>
        <a href={`/reports/${reportId}/published/${publishedEdition}/docx`} download>
          下载 Word（已发布第 {publishedEdition} 版）
        </a>
        <a href={`/reports/${reportId}/published/${publishedEdition}/html`} download>
          下载网页（已发布第 {publishedEdition} 版）
        </a>
      </Space>
    );
  return (
    <Space wrap>
      {FORMATS.filter(({ path }) => withCharts || !path.includes("charts")).map(({ path, label }) => {
        const href = `/reports/${reportId}/export/${path}`;
        return (
          <a key={path} href={href} download onClick={(event) => confirm(event, href, label)}>
            {label}（草稿）
          </a>
        );
      })}
    </Space>
  );
}
