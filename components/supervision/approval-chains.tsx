"use client";

import { App, Button, Empty, Form, Input, Modal, Select, Space, Table, Tag, Typography } from "antd";
import { useRouter } from "next/navigation";
import { useState } from "react";

import type { TApprovalChainRow } from "@/lib/services/approval-chains";
import { LEVEL_NAME_MAX, MAX_APPROVAL_LEVELS, type TApprovalLevel } from "@/lib/workflow/approval-chain";

import { saveApprovalChainAction } from "./actions";
import { maxLengthRule } from "./field-rules";

const ANY_REVIEWER = "";

const chainText = (row: TApprovalChainRow) =>
  row.chain
    .map(
      (level) =>
        `${level.name}（${row.candidates.find((c) => c.id === level.officeId)?.name ?? "本机关或上级机关"}）`,
    )
    .join(" → ");

/** 审核流程: each office's chain of review levels, set by its 管理员 or by a 审核人 of an office above it. */
export function ApprovalChains({ rows }: Readonly<{ rows: TApprovalChainRow[] }>) {
  const { message } = App.useApp();
  const router = useRouter();
  const [editing, setEditing] = useState<TApprovalChainRow | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ levels: { name: string; officeId: string }[] }>();

  const save = async (chain: TApprovalLevel[] | null) => {
    if (!editing) return;
    setBusy(true);
    const result = await saveApprovalChainAction(editing.officeId, chain);
    setBusy(false);
    if (!result.ok) return void message.error(result.error.message);
    message.success(result.data.message);
    setEditing(null);
    router.refresh();
  };

  if (!rows.length)
    return <Empty description="您不能设置任何机关的审核流程（需为本机关管理员，或上级机关的审核人）。" />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        审核流程
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        年报提交后按顺序逐级审核，每级由所设机关的审核人填写审核意见后通过；任何一级都可退回填报人；最后一级通过后才能发布。
        修改流程自下次提交起适用，正在审核的年报按提交时的流程进行。
      </Typography.Paragraph>
      <Table<TApprovalChainRow>
        rowKey="officeId"
        dataSource={rows}
        pagination={false}
        columns={[
          { title: "机关", dataIndex: "officeName" },
          {
            title: "审核流程",
            render: (_, row) => (
              <span>
                {chainText(row)} {!row.configured && <Tag>默认</Tag>}
              </span>
            ),
          },
          {
            title: "操作",
            render: (_, row) => (
              // No space inserted between the two characters: the visible 设置 stays part of the name (axe).
              <Button
                autoInsertSpace={false}
                aria-label={`设置 ${row.officeName}的审核流程`}
                onClick={() => {
                  form.setFieldsValue({
                    levels: row.chain.map((l) => ({ name: l.name, officeId: l.officeId ?? ANY_REVIEWER })),
                  });
                  setEditing(row);
                }}
              >
                设置
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing ? `${editing.officeName}的审核流程` : ""}
        okText="保存"
        cancelText="取消"
        confirmLoading={busy}
        onCancel={() => setEditing(null)}
        onOk={() =>
          void form
            .validateFields()
            .then((values) =>
              save(values.levels.map((l) => ({ name: l.name.trim(), officeId: l.officeId || null }))),
            )
        }
        footer={(_, { OkBtn, CancelBtn }) => (
          <>
            <Button disabled={busy} onClick={() => void save(null)}>
              恢复默认
            </Button>
            <CancelBtn />
            <OkBtn />
          </>
        )}
      >
        <Form form={form} layout="vertical">
          <Form.List name="levels">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, index) => (
                  <Space key={field.key} align="baseline" wrap>
                    <span>第 {index + 1} 级</span>
                    <Form.Item
                      name={[field.name, "name"]}
                      rules={[
                        { required: true, whitespace: true, message: "请填写名称" },
                        maxLengthRule(LEVEL_NAME_MAX, `审核级别的名称不能超过 ${LEVEL_NAME_MAX} 个字`),
                      ]}
                    >
                      <Input
                        aria-label={`第 ${index + 1} 级名称`}
                        placeholder="如：科室审核"
                        count={{ show: true, max: LEVEL_NAME_MAX }}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, "officeId"]}>
                      <Select
                        aria-label={`第 ${index + 1} 级审核机关`}
                        style={{ minWidth: 200 }}
                        options={[
                          { value: ANY_REVIEWER, label: "本机关或任一上级机关" },
                          ...(editing?.candidates ?? []).map((c) => ({ value: c.id, label: c.name })),
                        ]}
                      />
                    </Form.Item>
                    {fields.length > 1 && <Button onClick={() => remove(field.name)}>删除</Button>}
                  </Space>
                ))}
                <Button
                  disabled={fields.length >= MAX_APPROVAL_LEVELS}
                  onClick={() => add({ name: "", officeId: editing?.candidates.at(-1)?.id ?? ANY_REVIEWER })}
                >
                  添加一级
                </Button>
              </>
            )}
          </Form.List>
        </Form>
      </Modal>
    </Space>
  );
}
