"use client";

import { Alert, Button, Card, Input, Space, Table, Tag } from "antd";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import type { TMatchableOffice } from "@/lib/offices/match-office";

import { addOfficeAliasAction, removeOfficeAliasAction } from "./actions";

/** One office's aliases: tags to remove, a field to add one. */
function AliasCell({
  office,
  pending,
  run,
}: Readonly<{ office: TMatchableOffice; pending: boolean; run(action: () => Promise<boolean>): void }>) {
  const [name, setName] = useState("");
  return (
    <Space wrap>
      {office.aliases.map((alias) => (
        <Tag
          key={alias}
          closable={!pending}
          closeIcon={
            <span role="img" aria-label={`删除别名 ${alias}`}>
              ×
            </span>
          }
          onClose={(event) => {
            event.preventDefault();
            run(async () => (await removeOfficeAliasAction({ officeId: office.id, name: alias })).ok);
          }}
        >
          {alias}
        </Tag>
      ))}
      <Input
        size="small"
        style={{ width: 160 }}
        aria-label={`${office.name} 的新别名`}
        placeholder="新别名"
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <Button
        size="small"
        disabled={pending || !name.trim()}
        onClick={() =>
          run(async () => {
            const ok = (await addOfficeAliasAction({ officeId: office.id, name })).ok;
            if (ok) setName("");
            return ok;
          })
        }
      >
        添加
      </Button>
    </Space>
  );
}

/**
 * 机关别名: the names each office of the 审核人's subtree is printed under in real reports (区教育局 for
 * 示范区教育局); the batch import matches printed names against them.
 */
export function AliasEditor({ offices }: Readonly<{ offices: TMatchableOffice[] }>) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const run = (action: () => Promise<boolean>) =>
    startTransition(async () => {
      setMessage(null);
      // The actions answer in Chinese; a refusal is shown, the list is reloaded either way.
      if (!(await action()))
        setMessage("未能保存别名：别名至少 2 个字、不能与机关名称或已有别名相同，且须是您审核的机关。");
      router.refresh();
    });
  return (
    <Card title="机关别名" size="small">
      {message && <Alert type="error" showIcon title={message} style={{ marginBottom: 12 }} />}
      <Table<TMatchableOffice>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={offices}
        columns={[
          { title: "机关", dataIndex: "name", width: 240 },
          {
            title: "报告中可能印的名称",
            render: (_value, office) => <AliasCell office={office} pending={pending} run={run} />,
          },
        ]}
      />
    </Card>
  );
}
