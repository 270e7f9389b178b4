"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Col, Form, Input, Row, Typography } from "antd";
import { useEffect } from "react";
import { Controller, useForm, type FieldPath } from "react-hook-form";

import { reportTitle } from "@/lib/report/title";
import { ZReportDetails, type TReportDetails } from "@/lib/report/schema";

interface TProps {
  details: TReportDetails;
  year: number;
  documentNo: string;
  editable: boolean;
  onChange(details: TReportDetails): void;
}

const FIELDS: { name: FieldPath<TReportDetails>; label: string; placeholder?: string; span?: number }[] = [
  { name: "agencyName", label: "机关全称", span: 24 },
  { name: "publication.website", label: "发布网站", placeholder: "如：示范区人民政府门户网站" },
  { name: "publication.column", label: "发布专栏", placeholder: "如：政府信息公开年报" },
  { name: "contact.office", label: "联系机构" },
  { name: "contact.phone", label: "联系电话" },
  { name: "contact.address", label: "地址" },
  { name: "contact.postcode", label: "邮编" },
  { name: "contact.email", label: "电子邮箱" },
  { name: "issuer", label: "落款机关", placeholder: "默认与机关全称相同" },
  { name: "issueDate", label: "成文日期", placeholder: "YYYY-MM-DD" },
];

/** 报告信息: agency, publication and contact details (react-hook-form with the shared zod schema). */
export function DetailsForm({ details, year, documentNo, editable, onChange }: Readonly<TProps>) {
  const { control, watch } = useForm<TReportDetails>({
    resolver: zodResolver(ZReportDetails),
    defaultValues: details,
    mode: "onChange",
  });
  useEffect(() => {
    const subscription = watch((values) => {
      const parsed = ZReportDetails.safeParse(values);
      if (parsed.success) onChange(parsed.data);
    });
    return () => subscription.unsubscribe();
  }, [watch, onChange]);
  return (
    <Form layout="vertical" component="div">
      <Typography.Paragraph>
        标题：<Typography.Text strong>{reportTitle({ details: watch() as TReportDetails, year })}</Typography.Text>
        <br />
        年度：{year}年度（统计期限 {year}年1月1日至12月31日），格式：{documentNo}
      </Typography.Paragraph>
      <Row gutter={16}>
        {FIELDS.map((field) => (
          <Col key={field.name} xs={24} md={field.span ?? 12}>
            <Controller
              name={field.name}
              control={control}
              render={({ field: input, fieldState }) => (
                <Form.Item label={field.label} validateStatus={fieldState.error ? "error" : undefined} help={fieldState.error?.message}>
                  <Input
                    value={(input.value as string | undefined) ?? ""}
                    onChange={(event) => input.onChange(event.target.value === "" && field.name !== "agencyName" ? undefined : event.target.value)}
                    onBlur={input.onBlur}
                    readOnly={!editable}
                    placeholder={field.placeholder}
                    aria-label={field.label}
                  />
                </Form.Item>
              )}
            />
          </Col>
        ))}
      </Row>
    </Form>
  );
}
