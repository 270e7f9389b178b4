"use client";

import { App, Card, Col, Empty, Form, Row, Space, Table, Tag, Typography } from "antd";

import { PASSWORD_RULES_HINT } from "@/lib/auth/password-rules";
import { ROLE_LABELS, ZCreateOffice, ZCreateUser, ZMembership } from "@/lib/admin/schemas";
import type { TAdminUser } from "@/lib/admin/types";
import type { TOfficeNode } from "@/lib/offices/types";

import { AccountActions, useAdminOutcome, useDisabledStates } from "./account-actions";
import { EditOfficeButton, RenameUserButton } from "./edit-dialogs";
import { addMembershipAction, createOfficeAction, createUserAction, removeMembershipAction } from "./actions";
import { SelectField, SubmitButton, TextField, useAdminForm } from "@/components/form-fields";

const ROLE_OPTIONS = Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }));

interface TProps {
  isAdmin: boolean;
  offices: TOfficeNode[];
  users: TAdminUser[];
}

export function AdminConsole({ isAdmin, offices, users }: Readonly<TProps>) {
  const { modal } = App.useApp();
  const tell = useAdminOutcome();
  const { isDisabled, setDisabled } = useDisabledStates(users);
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
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={offices}
              columns={[
                { title: "机关全称", dataIndex: "name" },
                { title: "上级机关", dataIndex: "parentId", render: parentName },
                {
                  title: "操作",
                  key: "edit",
                  render: (_, o: TOfficeNode) => <EditOfficeButton office={o} offices={offices} />,
                },
              ]}
            />
            <Form layout="vertical" component="div" style={{ marginTop: 16 }}>
              <TextField control={office.form.control} name="name" label="新机关全称" />
              <SelectField
                control={office.form.control}
                name="parentId"
                label="上级机关"
                options={officeOptions}
              />
              <SubmitButton form={office}>新增机关</SubmitButton>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title="新增用户">
            <Form layout="vertical" component="div">
              <TextField control={user.form.control} name="username" label="用户名" autoComplete="off" />
              <TextField control={user.form.control} name="displayName" label="姓名" />
              <TextField
                control={user.form.control}
                name="password"
                label="初始密码"
                password
                extra={PASSWORD_RULES_HINT}
              />
              <SubmitButton form={user}>新增用户</SubmitButton>
            </Form>
          </Card>
        </Col>
      </Row>
      <Card title="用户与角色" data-testid="users">
        <Form layout="inline" component="div" style={{ marginBottom: 16 }}>
          {(
            [
              ["userId", "用户", userOptions, 200],
              ["officeId", "机关", officeOptions, 200],
              ["role", "角色", ROLE_OPTIONS, 100],
            ] as const
          ).map(([name, label, options, minWidth]) => (
            <SelectField
              key={name}
              control={role.form.control}
              name={name}
              label={label}
              options={options}
              minWidth={minWidth}
            />
          ))}
          <SubmitButton form={role}>分配角色</SubmitButton>
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
              title: "状态",
              key: "state",
              render: (_, u: TAdminUser) =>
                isDisabled(u) ? <Tag color="red">已停用</Tag> : <Tag color="green">正常</Tag>,
            },
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
                      closeIcon={
                        <span role="img" aria-label={`移除角色：${m.officeName} ${ROLE_LABELS[m.role]}`}>
                          ×
                        </span>
                      }
                      onClose={(event) => {
                        event.preventDefault();
                        modal.confirm({
                          title: `移除${u.displayName}的角色？`,
                          content: `${m.officeName} · ${ROLE_LABELS[m.role]}。移除后该用户不能再以此角色处理这个机关的年报；可以重新分配。`,
                          okText: "移除",
                          okButtonProps: { danger: true },
                          cancelText: "取消",
                          onOk: async () => {
                            tell(await removeMembershipAction(m.id));
                          },
                        });
                      }}
                    >
                      {m.officeName} · {ROLE_LABELS[m.role]}
                    </Tag>
                  ))
                ),
            },
            {
              title: "操作",
              key: "actions",
              render: (_, u: TAdminUser) => (
                <Space size="small" wrap>
                  <AccountActions
                    user={u}
                    disabled={isDisabled(u)}
                    onDisabled={(value) => setDisabled(u.id, value)}
                  />
                  <RenameUserButton user={u} />
                </Space>
              ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
