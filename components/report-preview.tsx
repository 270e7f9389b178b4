"use client";

import { Space, Typography } from "antd";
import Link from "next/link";

export function ReportPreview({ reportId, title, html }: Readonly<{ reportId: string; title: string; html: string }>) {
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      <Space wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          预览：{title}
        </Typography.Title>
        <Link href={`/reports/${reportId}`}>返回编辑</Link>
        <a href={`/reports/${reportId}/export/docx`}>下载 Word</a>
        <a href={`/reports/${reportId}/export/html`}>下载网页</a>
      </Space>
      <iframe title="年报预览" srcDoc={html} sandbox="" style={{ width: "100%", height: "80vh", border: "1px solid #d9d9d9", background: "#fff" }} />
    </Space>
  );
}
