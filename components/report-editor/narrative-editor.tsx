"use client";

import { Alert, Button, Card, Col, Input, Row, Typography } from "antd";

import type { TSectionDef } from "@/lib/template";

interface TProps {
  section: TSectionDef;
  text: string;
  lastYearText?: string;
  lastYear?: number;
  editable: boolean;
  onChange(text: string): void;
}

/** One narrative section: the official guidance, the text with a character count, last year's text beside it. */
export function NarrativeEditor({ section, text, lastYearText, lastYear, editable, onChange }: Readonly<TProps>) {
  const outline = section.subheadings?.join("\n\n") ?? "";
  return (
    <Row gutter={16}>
      <Col xs={24} lg={lastYearText ? 14 : 24}>
        <Alert type="info" showIcon title="本部分应写明" description={section.guidance} style={{ marginBottom: 12 }} />
        {section.checklist && (
          <Typography.Paragraph type="secondary">
            可包括：{section.checklist.map((item) => `${item.label}${item.required ? "（必须说明）" : ""}`).join("；")}
          </Typography.Paragraph>
        )}
        {editable && !text.trim() && outline && (
          <Button size="small" style={{ marginBottom: 8 }} onClick={() => onChange(outline)}>
            插入提纲（{section.subheadings?.length} 个小标题）
          </Button>
        )}
        <Input.TextArea
          value={text}
          onChange={(event) => onChange(event.target.value)}
          readOnly={!editable}
          autoSize={{ minRows: 12, maxRows: 40 }}
          aria-label={section.heading}
          data-section={section.id}
          placeholder={`${section.heading}：以“（一）”开头的行为小标题，每段一行。`}
        />
        <Typography.Text type="secondary">{[...text].length} 字</Typography.Text>
      </Col>
      {lastYearText && (
        <Col xs={24} lg={10}>
          <Card size="small" title={`${lastYear}年度报告的本部分`} styles={{ body: { maxHeight: 560, overflow: "auto", whiteSpace: "pre-wrap" } }}>
            {lastYearText}
          </Card>
        </Col>
      )}
    </Row>
  );
}
