"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { App, Button, Card, Col, Empty, Form, Input, Row, Select, Space, Table, Tag, Typography } from "antd";
import { useTransition } from "react";
import { Controller, useForm, type Control, type FieldValues, type Path } from "react-hook-form";
import type { z } from "zod";

import { addMembershipAction, createOfficeAction, createUserAction, removeMembershipAction, type TAdminResult } from "@/app/admin/actions";
import { ROLE_LABELS, ZCreateOffice, ZCreateUser, ZMembership } from "@/lib/admin/schemas";
import type { TAdminUser } from "@/lib/db/admin";
import type { TOfficeNode } from "@/lib/db/offices";

interface TProps {
  isAdmin: boolean;
  offices: TOfficeNode[];
  users: TAdminUser[];
}

/** One form field bound to react-hook-form, with its zod message under it. */
function Field<T extends FieldValues>({ control, name, label, render }: { control: Control<T>; name: Path<T>; label: string; render: (field: { value: unknown; onChange(v: unknown): void }) => React.ReactNode }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Form.Item label={label} validateStatus={fieldState.error ? "error" : undefined} help={fieldState.error?.message}>
          {render({ value: field.value, onChange: field.onChange })}
        </Form.Item>
      )}
    />
  );
}

const useAdminForm = <S extends z.ZodType<FieldValues, FieldValues>>(schema: S, defaults: z.input<S>, action: (values: z.output<S>) => Promise<TAdminResult>) => {
  const { message } = App.useApp();
  const [pending, startTransition] = useTransition();
  const form = useForm<z.input<S>, unknown, z.output<S>>({ resolver: zodResolver(schema as never) as never, defaultValues: defaults as never });
  const submit = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await action(values);
      if (result.ok) {
        message.success(result.message);
        form.reset(defaults as never);
      } else message.error(result.message);
    }),
  );
  return { form, submit, pending };
};

export function AdminConsole({ isAdmin, offices, users }: Readonly<TProps>) {
  const { message } = App.useApp();
  const officeOptions = offices.map((o) => ({ value: o.id, label: o.name }));
  const userOptions = users.map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）` }));
  const office = useAdminForm(ZCreateOffice, { name: "", parentId: "" }, createOfficeAction);
  const user = useAdminForm(ZCreateUser, { username: "", displayName: "", password: "" }, createUserAction);
  const role = useAdminForm(ZMembership, { userId: "", officeId: "", role: "FILLER" }, addMembershipAction);
  if (!isAdmin) return <Empty description="只有管理员可以管理机关和用户。" />;
  const parentName = (id: string | null) => offices.find((o) => o.id === id)?.name ?? "—";

  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        管理
      </Typography.Title>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card title="机关" data-testid="offices">
            <Table size="small" rowKey="id" pagination={false} dataSource={offices} columns={[{ title: "机关全称", dataIndex: "name" }, { title: "上级机关", dataIndex: "parentId", render: parentName }]} />
            <Form layout="vertical" component="div" style={{ marginTop: 16 }}>
              <Field control={office.form.control} name="name" label="新机关全称" render={(f) => <Input aria-label="新机关全称" value={f.value as string} onChange={(e) => f.onChange(e.target.value)} />} />
              <Field control={office.form.control} name="parentId" label="上级机关" render={(f) => <Select aria-label="上级机关" options={officeOptions} value={(f.value as string) || undefined} onChange={f.onChange} />} />
              <Button type="primary" loading={office.pending} onClick={() => void office.submit()}>
                新增机关
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title="新增用户">
            <Form layout="vertical" component="div">
              <Field control={user.form.control} name="username" label="用户名" render={(f) => <Input aria-label="用户名" autoComplete="off" value={f.value as string} onChange={(e) => f.onChange(e.target.value)} />} />
              <Field control={user.form.control} name="displayName" label="姓名" render={(f) => <Input aria-label="姓名" value={f.value as string} onChange={(e) => f.onChange(e.target.value)} />} />
              <Field control={user.form.control} name="password" label="初始密码" render={(f) => <Input.Password aria-label="初始密码" autoComplete="new-password" value={f.value as string} onChange={(e) => f.onChange(e.target.value)} />} />
              <Button type="primary" loading={user.pending} onClick={() => void user.submit()}>
                新增用户
              </Button>
            </Form>
          </Card>
        </Col>
      </Row>
      <Card title="用户与角色" data-testid="users">
        <Form layout="inline" component="div" style={{ marginBottom: 16 }}>
          <Field control={role.form.control} name="userId" label="用户" render={(f) => <Select aria-label="用户" style={{ minWidth: 200 }} options={userOptions} value={(f.value as string) || undefined} onChange={f.onChange} />} />
          <Field control={role.form.control} name="officeId" label="机关" render={(f) => <Select aria-label="机关" style={{ minWidth: 200 }} options={officeOptions} value={(f.value as string) || undefined} onChange={f.onChange} />} />
          <Field
            control={role.form.control}
            name="role"
            label="角色"
            render={(f) => <Select aria-label="角色" style={{ minWidth: 100 }} value={f.value as string} onChange={f.onChange} options={Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }))} />}
          />
          <Button type="primary" loading={role.pending} onClick={() => void role.submit()}>
            分配角色
          </Button>
        </Form>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={users}
          columns={[
            { title: "用户名", dataIndex: "username" },
            { title: "姓名", dataIndex: "displayName" },
            {
              title: "角色",
              key: "roles",
              render: (_, u: TAdminUser) =>
                u.memberships.length === 0 ? (
                  <Typography.Text type="secondary">未分配</Typography.Text>
                ) : (
                  u.memberships.map((m) => (
                    <Tag
                      key={m.id}
                      closable
                      onClose={(event) => {
                        event.preventDefault();
                        void removeMembershipAction(m.id).then((r) => (r.ok ? message.success(r.message) : message.error(r.message)));
                      }}
                    >
                      {m.officeName} · {ROLE_LABELS[m.role]}
                    </Tag>
                  ))
                ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
