"use client";

import { Button } from "@/components/ui/button";
import { Tag } from "@/components/ui/tag";
import { Text } from "@/components/ui/typography";
import type { TWorkflowView } from "@/lib/services/workflow-view";

import { PanelItem, PanelList } from "../panel-list";

interface TProps {
  explanations: TWorkflowView["explanations"];
  acceptances: TWorkflowView["acceptances"];
  /** The reviewer chose to accept a warning: open the dialog with the explanation as the reason. */
  onAccept(key: string, explanation: string): void;
  /** False once the report is published: the list stays as a record, without 接受 buttons. */
  canAccept: boolean;
}

/** For the reviewer: the 填报人's explanations of warnings, each accepted or with a button to accept it. */
export function ExplanationList({ explanations, acceptances, onAccept, canAccept }: Readonly<TProps>) {
  return (
    <PanelList header="填报人对警告的说明">
      {explanations.map((item) => {
        const accepted = acceptances.find((a) => a.key === item.key);
        return (
          <PanelItem key={item.key}>
            <div>
              <div>{item.message}</div>
              <Text type="secondary">说明：{item.explanation}</Text>
              <div>
                {accepted ? (
                  <Tag color="green">已接受：{accepted.reason}</Tag>
                ) : canAccept ? (
                  <Button size="small" onClick={() => onAccept(item.key, item.explanation)}>
                    接受
                  </Button>
                ) : (
                  <Tag>未接受</Tag>
                )}
              </div>
            </div>
          </PanelItem>
        );
      })}
    </PanelList>
  );
}
