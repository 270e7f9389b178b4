"use client";

import { Card, Col, Row, Typography } from "antd";

import { FORMAT_YEARS_TEXT } from "@/lib/template";

const FEATURES = [
  {
    title: "按国家格式编写",
    text: `六个部分与三张统计表严格依照国家规定的年报格式：${FORMAT_YEARS_TEXT}。`,
  },
  {
    title: "勾稽关系实时校验",
    text: "表三“第一项加第二项之和，等于第三项加第四项之和”等关系逐列检查，总计自动计算，错误指明到单元格。",
  },
  {
    title: "审核与发布",
    text: "填报人编写、审核人审核退回或通过，发布后冻结，导出可直接发布的 Word 文档与网页。",
  },
];

export function ProductIntro() {
  return (
    <>
      <Typography.Title level={2}>年报通</Typography.Title>
      <Typography.Paragraph style={{ fontSize: 16 }}>
        年报通帮助各级行政机关编写《政府信息公开工作年度报告》：填报人在浏览器中逐节填写，系统实时核对统计表的勾稽关系，
        审核人审核通过后即可导出符合公文格式的 Word 文档和网页。
      </Typography.Paragraph>
      <Row gutter={[16, 16]} style={{ marginBottom: 24 }}>
        {FEATURES.map((feature) => (
          <Col xs={24} md={8} key={feature.title}>
            <Card title={feature.title} style={{ height: "100%" }}>
              {feature.text}
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}
