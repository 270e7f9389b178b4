"use client";

import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Empty,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Typography,
} from "antd";
import { useRouter } from "next/navigation";
import { useState } from "react";

import {
  OFFICE_KIND_LABELS,
  OFFICE_KINDS,
  STAGE_LABELS,
  STAGES,
  type TLocalRequirements,
  type TLocalRequirementsInput,
} from "@/lib/rules/local-requirements";
import type { TRequirementsPage } from "@/lib/services/local-requirements";

import { saveRequirementsAction } from "./actions";

interface TFormValues {
  deadlines: Record<string, Record<string, string | undefined>>;
  sections: {
    sectionId: string;
    maxChars?: number | null;
    severity: "error" | "warning";
    patterns?: { pattern: string; label: string }[];
  }[];
  severities: { ruleId: string; severity: string }[];
  jiedu: boolean;
  tujie: boolean;
  signOff: boolean;
}

const toForm = (r: TLocalRequirements | null): TFormValues => ({
  deadlines: Object.fromEntries(OFFICE_KINDS.map((k) => [k, { ...r?.deadlines[k] }])),
  sections: (r?.sections ?? []).map((s) => ({ ...s, maxChars: s.maxChars ?? null })),
  severities: Object.entries(r?.severities ?? {}).map(([ruleId, severity]) => ({ ruleId, severity })),
  jiedu: r?.companions.jiedu ?? false,
  tujie: r?.companions.tujie ?? false,
  signOff: r?.signOff ?? false,
});

/** The form's values as the service takes them: blanks left out. */
const fromForm = (v: TFormValues): TLocalRequirementsInput => ({
  deadlines: Object.fromEntries(
    OFFICE_KINDS.map((kind) => [
      kind,
      Object.fromEntries(
        Object.entries(v.deadlines?.[kind] ?? {}).flatMap(([stage, date]) =>
          date?.trim() ? [[stage, date.trim()]] : [],
        ),
      ),
    ]),
  ),
  sections: (v.sections ?? []).map((s) => ({
    sectionId: s.sectionId as "s1",
    ...(typeof s.maxChars === "number" ? { maxChars: s.maxChars } : {}),
    severity: s.severity,
    patterns: s.patterns ?? [],
  })),
  severities: Object.fromEntries((v.severities ?? []).map((s) => [s.ruleId, s.severity as "error"])),
  companions: { jiedu: Boolean(v.jiedu), tujie: Boolean(v.tujie) },
  signOff: Boolean(v.signOff),
});

const SEVERITY_OPTIONS = [
  { value: "error", label: "错误（阻止提交）" },
  { value: "warning", label: "警告（须写说明）" },
];

/**
 * 本地要求: what a supervising office requires of the offices below it for one year. Saved as a whole; a
 * refusal (e.g. an invalid pattern) lists every problem and saves nothing.
 */
export function RequirementsForm({
  page,
  sections,
}: Readonly<{ page: TRequirementsPage; sections: { id: string; heading: string }[] }>) {
  const { message } = App.useApp();
  const router = useRouter();
  const [officeId, setOfficeId] = useState(page.offices[0]?.officeId ?? "");
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const office = page.offices.find((o) => o.officeId === officeId);
  const [form] = Form.useForm<TFormValues>();

  if (!office) return <Empty description="您不是任何有下级机关的机关的审核人或管理员，不能设置本地要求。" />;

  const save = async (values: TFormValues) => {
    setBusy(true);
    const result = await saveRequirementsAction(officeId, page.year, fromForm(values));
    setBusy(false);
    if (!result.ok) {
      setProblems(
        ((result.error.details as { problems?: string[] } | undefined)?.problems ?? []).slice(0, 20),
      );
      return void message.error(result.error.message);
    }
    setProblems([]);
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
        {office.updatedBy &&
          `最后由${office.updatedBy}于${new Date(office.updatedAt ?? "").toLocaleString("zh-CN", { hour12: false })}保存。`}
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
        <Card size="small" title="内容要求" style={{ marginBottom: 12 }}>
          <Form.List name="sections">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Card key={field.key} size="small" type="inner" style={{ marginBottom: 8 }}>
                    <Space wrap align="baseline">
                      <Form.Item
                        name={[field.name, "sectionId"]}
                        label="部分"
                        rules={[{ required: true, message: "请选择部分" }]}
                      >
                        <Select
                          aria-label="要求的部分"
                          style={{ width: 240 }}
                          options={sections.map((s) => ({ value: s.id, label: s.heading }))}
                        />
                      </Form.Item>
                      <Form.Item name={[field.name, "maxChars"]} label="字数上限">
                        <InputNumber aria-label="字数上限" min={1} precision={0} placeholder="不限" />
                      </Form.Item>
                      <Form.Item name={[field.name, "severity"]} label="不符合时">
                        <Select aria-label="不符合时" style={{ width: 170 }} options={SEVERITY_OPTIONS} />
                      </Form.Item>
                      <Button onClick={() => remove(field.name)}>删除此项</Button>
                    </Space>
                    <Form.List name={[field.name, "patterns"]}>
                      {(patterns, ops) => (
                        <>
                          {patterns.map((p) => (
                            <Space key={p.key} wrap align="baseline">
                              <Form.Item
                                name={[p.name, "label"]}
                                label="须写明"
                                rules={[{ required: true, message: "请写明要求" }]}
                              >
                                <Input aria-label="须写明" placeholder="如：政策解读数量" />
                              </Form.Item>
                              <Form.Item
                                name={[p.name, "pattern"]}
                                label="匹配格式（正则表达式）"
                                rules={[{ required: true, message: "请填写格式" }]}
                              >
                                <Input aria-label="匹配格式" placeholder="如：政策解读\d+篇" />
                              </Form.Item>
                              <Button onClick={() => ops.remove(p.name)}>删除</Button>
                            </Space>
                          ))}
                          <Button size="small" onClick={() => ops.add({ label: "", pattern: "" })}>
                            添加须写明的内容
                          </Button>
                        </>
                      )}
                    </Form.List>
                  </Card>
                ))}
                <Button
                  onClick={() => add({ sectionId: sections[0]?.id, severity: "warning", patterns: [] })}
                >
                  添加内容要求
                </Button>
              </>
            )}
          </Form.List>
        </Card>
        <Card
          size="small"
          title="规则严重程度（模板摘要中未核实的规则可按本地通知调整）"
          style={{ marginBottom: 12 }}
        >
          <Form.List name="severities">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} wrap align="baseline">
                    <Form.Item
                      name={[field.name, "ruleId"]}
                      rules={[{ required: true, message: "请选择规则" }]}
                    >
                      <Select
                        aria-label="规则"
                        showSearch
                        optionFilterProp="label"
                        style={{ width: 420 }}
                        options={page.rules.map((r) => ({ value: r.id, label: `${r.id} ${r.title}` }))}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, "severity"]}>
                      <Select
                        aria-label="严重程度"
                        style={{ width: 120 }}
                        options={[
                          ...SEVERITY_OPTIONS,
                          { value: "info", label: "提示" },
                          { value: "off", label: "不检查" },
                        ]}
                      />
                    </Form.Item>
                    <Button onClick={() => remove(field.name)}>删除</Button>
                  </Space>
                ))}
                <Button onClick={() => add({ severity: "error" })}>添加规则</Button>
              </>
            )}
          </Form.List>
        </Card>
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
        <Button type="primary" htmlType="submit" loading={busy}>
          保存本地要求
        </Button>
      </Form>
    </Space>
  );
}
