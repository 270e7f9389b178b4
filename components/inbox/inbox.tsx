"use client";

import { App, Badge, Button, Card, Empty, Input, List, Segmented, Space, Tag, Typography } from "antd";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import { isMessageKind, MESSAGE_KIND_LABELS } from "@/lib/inbox/kinds";

import { markReadAction, setNotificationEmailAction } from "./actions";
import { formatDateTime } from "@/lib/format/date-time";

interface TMessage {
  id: string;
  kind: string;
  title: string;
  body: string;
  readAt: string | null;
  createdAt: string;
}

const KIND_COLORS: Record<string, string> = {
  remind: "volcano",
  deadline: "orange",
  returned: "red",
  approved: "cyan",
  published: "green",
  comment: "blue",
};

/**
 * 待办与消息: the user's messages, newest first; opening one (`/inbox/{id}`) marks it read and goes to its
 * report. 标为已读 / 全部标为已读 refresh the header's badge. Below, the address for e-mail copies.
 */
export function Inbox({
  messages,
  total,
  unread,
  email,
  unreadOnly,
  page,
  pageSize,
}: Readonly<{
  messages: TMessage[];
  total: number;
  unread: number;
  email: string | null;
  unreadOnly: boolean;
  page: number;
  pageSize: number;
}>) {
  const router = useRouter();
  const { message } = App.useApp();
  const [pending, startTransition] = useTransition();
  const [address, setAddress] = useState(email ?? "");

  const markRead = (ids: string[] | "all") =>
    startTransition(async () => {
      const result = await markReadAction(ids);
      if (!result.ok) message.error(result.error.message);
      router.refresh();
    });
  const saveEmail = () =>
    startTransition(async () => {
      const result = await setNotificationEmailAction(address);
      if (!result.ok) message.error(result.error.message);
      else message.success(result.data ? `消息将同时发送到 ${result.data}。` : "已取消邮件通知。");
    });
  const query = (change: { unread?: boolean; page?: number }) => {
    const search = new URLSearchParams();
    if (change.unread ?? unreadOnly) search.set("unread", "1");
    if ((change.page ?? 1) > 1) search.set("page", String(change.page));
    return `/inbox${search.size ? `?${search}` : ""}`;
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%", maxWidth: 960 }}>
      <Space wrap style={{ justifyContent: "space-between", width: "100%" }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          待办与消息 <Badge count={unread} />
          {unread ? <span className="visually-hidden"> 条未读</span> : null}
        </Typography.Title>
        <Space>
          <Segmented
            value={unreadOnly ? "unread" : "all"}
            options={[
              { value: "all", label: "全部" },
              { value: "unread", label: `未读（${unread}）` },
            ]}
            onChange={(value) => router.push(query({ unread: value === "unread" }))}
          />
          <Button disabled={unread === 0 || pending} loading={pending} onClick={() => markRead("all")}>
            全部标为已读
          </Button>
        </Space>
      </Space>
      {messages.length === 0 ? (
        <Empty description={unreadOnly ? "没有未读的待办或消息。" : "还没有待办或消息。"} />
      ) : (
        <List<TMessage>
          bordered
          dataSource={messages}
          pagination={
            total > pageSize
              ? { current: page, pageSize, total, onChange: (next) => router.push(query({ page: next })) }
              : false
          }
          renderItem={(item) => {
            const kind = isMessageKind(item.kind) ? MESSAGE_KIND_LABELS[item.kind] : null;
            return (
              <List.Item
                data-testid="inbox-message"
                style={{ background: item.readAt ? undefined : "#f0f7ff" }}
                actions={
                  item.readAt
                    ? []
                    : [
                        <Button key="read" type="link" size="small" onClick={() => markRead([item.id])}>
                          标为已读
                        </Button>,
                      ]
                }
              >
                <List.Item.Meta
                  title={
                    <Space wrap>
                      {!item.readAt && (
                        <span role="img" aria-label="未读">
                          <Badge status="processing" />
                        </span>
                      )}
                      <Tag color={KIND_COLORS[item.kind]}>
                        {kind ? `${kind.todo ? "待办" : "消息"} · ${kind.label}` : item.kind}
                      </Tag>
                      {/* A full page load: the route marks it read and redirects, and the header's badge is counted again. */}
                      <a href={`/inbox/${item.id}`} style={{ fontWeight: item.readAt ? 400 : 600 }}>
                        {item.title}
                      </a>
                    </Space>
                  }
                  description={
                    <>
                      <Typography.Paragraph style={{ whiteSpace: "pre-line", marginBottom: 4 }}>
                        {item.body}
                      </Typography.Paragraph>
                      <Typography.Text type="secondary">{formatDateTime(item.createdAt)}</Typography.Text>
                    </>
                  }
                />
              </List.Item>
            );
          }}
        />
      )}
      <Card size="small" title="邮件通知">
        <Space wrap>
          <Input
            aria-label="通知邮箱"
            type="email"
            placeholder="name@example.gov.cn"
            value={address}
            onChange={(event) => setAddress(event.target.value)}
            style={{ width: 280 }}
          />
          <Button onClick={saveEmail} loading={pending} disabled={pending}>
            保存
          </Button>
        </Space>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          填写后，系统配置了邮件服务器时，每条待办与消息同时发送到此邮箱；留空则只在此处显示。
        </Typography.Paragraph>
      </Card>
    </Space>
  );
}
