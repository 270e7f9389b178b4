"use client";

import { Alert, App, Button, Card, Checkbox, Empty, Form, Input, Select, Space, Typography } from "antd";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { OFFICE_KIND_LABELS, OFFICE_KINDS, STAGE_LABELS, STAGES } from "@/lib/rules/local-requirements";
import type { TRequirementsPage } from "@/lib/services/local-requirements";

import { saveRequirementsAction } from "./actions";
import { RequirementsSections } from "./requirements-sections";
import { RequirementsSeverities } from "./requirements-severities";
import { fromForm, toForm, type TFormValues } from "./requirements-values";
import { formatDateTime } from "@/lib/format/date-time";

/**
 * 本地要求: what a supervising office requires of the offices below it for one year. Saved as a whole; a
 * refusal lists every problem once, in the alert above the form (a toast only when there is no list), and
 * saves nothing; the alert goes when the save succeeds or another office is chosen. An invalid matching
 * format is caught while typed (RequirementsSections), with the server's check behind it.
 */
export function RequirementsForm({
  page,
  sections,
}: Readonly<{ page: TRequirementsPage; sections: { id: string; heading: string }[] }>) {
  const { message } = App.useApp();
  const router = useRouter();
  const [officeId, setOfficeId] = useState(page.offices[0]?.officeId ?? "");
  // The problems of the last refused save, for the office they belong to (another office shows none).
  const [refused, setRefused] = useState<{ officeId: string; problems: string[] } | null>(null);
  const problems = refused?.officeId === officeId ? refused.problems : [];
  const [busy, setBusy] = useState(false);
  const office = page.offices.find((o) => o.officeId === officeId);
  const [form] = Form.useForm<TFormValues>();

  if (!office) return <Empty description="您不是任何有下级机关的机关的审核人或管理员，不能设置本地要求。" />;

  const save = async (values: TFormValues) => {
    setBusy(true);
    const result = await saveRequirementsAction(officeId, page.year, fromForm(values));
    setBusy(false);
    if (!result.ok) {
      const listed = ((result.error.details as { problems?: string[] } | undefined)?.problems ?? []).slice(
        0,
        20,
      );
      setRefused({ officeId, problems: listed });
      if (listed.length === 0) message.error(result.error.message);
      return;
    }
    setRefused(null);
    message.destroy();
    message.success(result.data.message);
    router.refresh();
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Space wrap>
        <Typography.Title level={2} style={{ margin: 0 }}>
          本地要求（{page.year}年度）
        </Typography.Title>
        {page.offices.length > 1 && (
          <Select
            aria-label="提出要求的机关"
            value={officeId}
            onChange={setOfficeId}
            options={page.offices.map((o) => ({ value: o.officeId, label: o.officeName }))}
          />
        )}
      </Space>
      <Typography.Paragraph type="secondary">
        {office.officeName}对下级机关{page.year}
        年度年报的要求：显示在下级机关的编辑页和审核台，注明“本地要求（{office.officeName}）”。
        {office.updatedBy && `最后由${office.updatedBy}于${formatDateTime(office.updatedAt ?? "")}保存。`}
      </Typography.Paragraph>
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          title="本地要求未保存，请改正以下问题："
          description={
            <ul style={{ margin: 0 }}>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
        />
      )}
      <Form<TFormValues>
        key={`${officeId}:${page.year}`}
        form={form}
        layout="vertical"
        initialValues={toForm(office.requirements)}
        onFinish={(values) => void save(values)}
      >
        <Card size="small" title="分阶段期限（比法定期限更早，格式 2026-01-20）" style={{ marginBottom: 12 }}>
          {OFFICE_KINDS.map((kind) => (
            <Space key={kind} wrap align="baseline">
              <Typography.Text strong style={{ width: 100, display: "inline-block" }}>
                {OFFICE_KIND_LABELS[kind]}
              </Typography.Text>
              {STAGES.map((stage) => (
                <Form.Item key={stage} name={["deadlines", kind, stage]} label={STAGE_LABELS[stage]}>
                  <Input
                    aria-label={`${OFFICE_KIND_LABELS[kind]}${STAGE_LABELS[stage]}期限`}
                    placeholder="年-月-日"
                    style={{ width: 130 }}
                  />
                </Form.Item>
              ))}
            </Space>
          ))}
        </Card>
        <RequirementsSections sections={sections} />
        <RequirementsSeverities rules={page.rules} />
        <Card size="small" title="配套材料与签批" style={{ marginBottom: 12 }}>
          <Form.Item name="jiedu" valuePropName="checked" noStyle>
            <Checkbox>须同时发布解读</Checkbox>
          </Form.Item>
          <Form.Item name="tujie" valuePropName="checked" noStyle>
            <Checkbox>须同时发布图解</Checkbox>
          </Form.Item>
          <Form.Item name="signOff" valuePropName="checked" noStyle>
            <Checkbox>报送前须经单位负责人签批（提交时填写签批人）</Checkbox>
          </Form.Item>
        </Card>
        <Button type="primary" htmlType="submit" loading={busy} disabled={busy}>
          保存本地要求
        </Button>
      </Form>
    </Space>
  );
}
