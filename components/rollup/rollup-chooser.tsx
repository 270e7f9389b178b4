"use client";

import { Button, Card, Checkbox, Space, Typography } from "antd";
import { useState } from "react";

import { ScrollBox } from "@/components/scroll-box";
import type { TRollupView } from "@/lib/rollup/types";

/**
 * 选择要汇总的机关 before the first roll-up: every office below is ticked to begin with, and the button says
 * how many will be summed (“全部 N 个机关” or “已选 M / N 个机关”). With none ticked it is disabled and says
 * why — an empty choice never means “all” (D45).
 */
export function RollupChooser({
  view,
  pending,
  onMake,
}: Readonly<{ view: TRollupView; pending: boolean; onMake: (officeIds: string[]) => void }>) {
  const [chosen, setChosen] = useState<string[]>(view.candidates.map((c) => c.id));
  const total = view.candidates.length;
  return (
    <Card title="选择要汇总的机关">
      {view.candidates.length === 0 ? (
        <Typography.Text>本机关没有下级机关。</Typography.Text>
      ) : (
        <Space orientation="vertical">
          <ScrollBox label="可汇总的机关">
            <Checkbox.Group
              value={chosen}
              onChange={(ids) => setChosen(ids as string[])}
              options={view.candidates.map((c) => ({ label: c.name, value: c.id }))}
            />
          </ScrollBox>
          <Typography.Text type="secondary">
            使用各机关最新的已通过或已发布的年报；本机关年报中已填的表格数计为“本级”。
          </Typography.Text>
          <Space wrap>
            <Button size="small" onClick={() => setChosen(view.candidates.map((c) => c.id))}>
              全选
            </Button>
            <Button size="small" onClick={() => setChosen([])}>
              全不选
            </Button>
          </Space>
          {chosen.length === 0 ? (
            <Typography.Text type="danger">请至少勾选一个机关；要汇总全部机关，点“全选”。</Typography.Text>
          ) : null}
          <Button
            type="primary"
            loading={pending}
            disabled={!view.editable || chosen.length === 0 || pending}
            onClick={() => onMake(chosen)}
          >
            {chosen.length === total
              ? `生成汇总（全部 ${total} 个机关）`
              : `生成汇总（已选 ${chosen.length} / ${total} 个机关）`}
          </Button>
        </Space>
      )}
    </Card>
  );
}
