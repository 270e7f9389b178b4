"use client";

import { useEffect } from "react";
import { Controller, useForm, useWatch, type FieldPath, type Resolver } from "react-hook-form";

import { Col, Field, Form, Row, TextInput } from "@/components/ui/field";
import { Paragraph, Text } from "@/components/ui/typography";
import { reportTitle } from "@/lib/report/title";
import type { TReportDetails } from "@/lib/report/schema";

import { IssueDateField } from "./issue-date-field";

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
  { name: "issuer", label: "落款机关", placeholder: "通常与机关全称相同" },
];

// The form's checks (Zod) load on demand, once per page: every caller waits on the same promise, so the changes
// reach the editor in the order they were typed.
let check: Promise<typeof import("./details-check")> | null = null;
const loadCheck = () =>
  (check ??= import("./details-check").catch((error: unknown) => {
    check = null; // fetched again on the next change
    throw error;
  }));
const resolver: Resolver<TReportDetails> = async (values, context, options) =>
  (await loadCheck()).detailsResolver(values, context, options);

/** 报告信息: agency, publication and contact details (react-hook-form with the shared zod schema). */
export function DetailsForm({ details, year, documentNo, editable, onChange }: Readonly<TProps>) {
  const { control, getValues } = useForm<TReportDetails>({
    resolver,
    defaultValues: details,
    mode: "onChange",
  });
  const values = useWatch({ control });
  useEffect(() => void loadCheck(), []);
  // Only typing changes the fields, so each change sends the whole form up once it is valid (no `watch`
  // subscription, which the React Compiler cannot memoise).
  const setField = (set: (value: string | undefined) => void, value: string | undefined) => {
    set(value);
    const current = getValues();
    void loadCheck().then(({ readDetails }) => {
      const details = readDetails(current);
      if (details) onChange(details);
    });
  };
  return (
    <Form>
      <Paragraph>
        标题：
        <Text strong>{reportTitle({ details: values as TReportDetails, year })}</Text>
        <br />
        年度：{year}年度（统计期限 {year}年1月1日至12月31日），格式：{documentNo}
      </Paragraph>
      <Row gutter={16}>
        {FIELDS.map((field) => (
          <Col key={field.name} xs={24} md={field.span ?? 12}>
            <Controller
              name={field.name}
              control={control}
              render={({ field: input, fieldState }) => (
                <Field
                  label={field.label}
                  status={fieldState.error ? "error" : undefined}
                  help={fieldState.error?.message}
                >
                  <TextInput
                    status={fieldState.error ? "error" : undefined}
                    value={(input.value as string | undefined) ?? ""}
                    onChange={(event) =>
                      setField(
                        input.onChange,
                        event.target.value === "" && field.name !== "agencyName"
                          ? undefined
                          : event.target.value,
                      )
                    }
                    onBlur={input.onBlur}
                    readOnly={!editable}
                    placeholder={field.placeholder}
                    aria-label={field.label}
                  />
                </Field>
              )}
            />
          </Col>
        ))}
        <Col xs={24} md={12}>
          <Controller
            name="issueDate"
            control={control}
            render={({ field: input }) => (
              <IssueDateField
                value={input.value}
                editable={editable}
                onChange={(value) => setField(input.onChange, value)}
              />
            )}
          />
        </Col>
      </Row>
    </Form>
  );
}
