"use client";

import { Button, Space, Typography } from "antd";
import Link from "next/link";
import { useMemo } from "react";

import { DownloadLinks } from "@/components/reports/download-links";

import { printableParts } from "./printable-parts";

/**
 * 预览: on screen the export page in a frame, exactly as published. On paper (the 打印 button, Ctrl+P or the
 * browser's menu) the same page printed in full on A4 with the export's own print stylesheet, without the
 * app's header, toolbar and frame: the frame itself would print one screenful only, so a print-only copy of
 * the document is in the page (docs/editor.md “打印”).
 */
export function ReportPreview({
  reportId,
  title,
  html,
  errorCount,
  imported = false,
  publishedEdition,
}: Readonly<{
  reportId: string;
  title: string;
  html: string;
  errorCount: number;
  imported?: boolean;
  /** The edition in force of a published report: its frozen files are the downloads. */
  publishedEdition?: number;
}>) {
  const printable = useMemo(() => printableParts(html), [html]);
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      <Space wrap className="no-print">
        <Typography.Title level={3} style={{ margin: 0 }}>
          预览：{title}
        </Typography.Title>
        <Button type="primary" onClick={() => window.print()} data-testid="print-button">
          打印
        </Button>
        <Link href={`/reports/${reportId}`}>返回编辑</Link>
        <DownloadLinks
          reportId={reportId}
          errorCount={errorCount}
          withCharts
          publishedEdition={publishedEdition}
        />
        <a href={`/reports/${reportId}/export/xlsx`}>下载统计表（Excel）</a>
        <Link href={`/reports/${reportId}/tujie`}>图解</Link>
        {imported && <Link href={`/reports/${reportId}/source`}>导入原件与每格来源</Link>}
      </Space>
      <iframe
        className="no-print"
        title="年报预览"
        srcDoc={html}
        sandbox=""
        style={{ width: "100%", height: "80vh", border: "1px solid #d9d9d9", background: "#fff" }}
      />
      <style media="print">{printable.style}</style>
      <div
        className="print-only"
        data-testid="printed-report"
        dangerouslySetInnerHTML={{ __html: printable.body }}
      />
    </Space>
  );
}
