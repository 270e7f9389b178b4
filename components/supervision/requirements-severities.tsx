"use client";

import { Button, Card, Form, Select, Space } from "antd";

import { SEVERITY_OPTIONS } from "./requirements-values";

/** 规则严重程度: per rule id the severity for the offices below (or 不检查). */
export function RequirementsSeverities({ rules }: Readonly<{ rules: { id: string; title: string }[] }>) {
  return (
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
                <Form.Item name={[field.name, "ruleId"]} rules={[{ required: true, message: "请选择规则" }]}>
                  <Select
                    aria-label="规则"
                    showSearch
                    optionFilterProp="label"
                    style={{ width: 420 }}
                    options={rules.map((r) => ({ value: r.id, label: `${r.id} ${r.title}` }))}
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
  );
}
