"use client";

import { Button, Card, Form, Input, InputNumber, Select, Space } from "antd";

import { patternProblem } from "@/lib/rules/safe-pattern";

import { maxCharsRule, maxLengthRule } from "./field-rules";
import { SEVERITY_OPTIONS } from "./requirements-values";

/**
 * Checks a matching format while it is typed, in the browser, with the same linear-time engine (RE2) the
 * server uses: the reason shows once, under the field, in Chinese, and the form is not sent.
 */
const PATTERN_RULE = {
  validator: async (_: unknown, value: unknown) => {
    const problem = typeof value === "string" && value.trim() ? patternProblem(value.trim()) : null;
    if (problem) throw new Error(problem);
  },
};

/** 内容要求: per section a length limit, what must be written (by pattern) and the severity. */
export function RequirementsSections({
  sections,
}: Readonly<{ sections: { id: string; heading: string }[] }>) {
  return (
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
                  <Form.Item name={[field.name, "maxChars"]} label="字数上限" rules={[maxCharsRule]}>
                    <InputNumber aria-label="字数上限" placeholder="不限" />
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
                            rules={[
                              { required: true, message: "请写明要求" },
                              maxLengthRule(100, "说明不能超过 100 个字"),
                            ]}
                          >
                            <Input aria-label="须写明" placeholder="如：政策解读数量" />
                          </Form.Item>
                          <Form.Item
                            name={[p.name, "pattern"]}
                            label="匹配格式（正则表达式）"
                            rules={[
                              { required: true, message: "请填写格式" },
                              maxLengthRule(200, "格式不能超过 200 个字符"),
                              PATTERN_RULE,
                            ]}
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
            <Button onClick={() => add({ sectionId: sections[0]?.id, severity: "warning", patterns: [] })}>
              添加内容要求
            </Button>
          </>
        )}
      </Form.List>
    </Card>
  );
}
