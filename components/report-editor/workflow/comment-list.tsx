"use client";

import { Button, List, Tag, Typography } from "antd";

import type { TWorkflowView } from "@/lib/services/workflow-view";
import { commentTargetLabel } from "@/lib/template/comment-target";
import type { TReportTemplate } from "@/lib/template";

interface TProps {
  template: TReportTemplate;
  comments: TWorkflowView["comments"];
  /** The 填报人 may mark open comments as resolved. */
  canResolve: boolean;
  busy: boolean;
  onResolve(commentId: string): void;
  onOpenTarget(target: string): void;
}

/** Review comments, open and resolved, each linking to the cell or section it is about. */
export function CommentList({
  template,
  comments,
  canResolve,
  busy,
  onResolve,
  onOpenTarget,
}: Readonly<TProps>) {
  const open = comments.filter((c) => !c.resolvedAt);
  return (
    <List
      size="small"
      header={`批注（${open.length} 条未解决）`}
      dataSource={comments}
      renderItem={(comment) => (
        <List.Item
          data-testid="comment"
          actions={
            canResolve && !comment.resolvedAt
              ? [
                  <Button key="resolve" size="small" loading={busy} onClick={() => onResolve(comment.id)}>
                    已解决
                  </Button>,
                ]
              : []
          }
        >
          <div>
            {/* A button (a link without an address cannot be reached by keyboard). */}
            <Button
              type="link"
              size="small"
              style={{ padding: 0, height: "auto" }}
              onClick={() => onOpenTarget(comment.target)}
            >
              {commentTargetLabel(template, comment.target)}
            </Button>
            {comment.resolvedAt ? (
              <Tag color="green" style={{ marginLeft: 4 }}>
                已解决
              </Tag>
            ) : (
              <Tag color="blue" style={{ marginLeft: 4 }}>
                未解决
              </Tag>
            )}
            <div>{comment.body}</div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {comment.authorName} {new Date(comment.createdAt).toLocaleString("zh-CN", { hour12: false })}
            </Typography.Text>
          </div>
        </List.Item>
      )}
    />
  );
}
