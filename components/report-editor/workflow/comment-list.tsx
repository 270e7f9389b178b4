"use client";

import { Button } from "@/components/ui/button";
import { Tag } from "@/components/ui/tag";
import { Text } from "@/components/ui/typography";
import type { TWorkflowView } from "@/lib/services/workflow-view";
import { commentTargetLabel } from "@/lib/template/comment-target";
import type { TReportTemplate } from "@/lib/template";

import styles from "../editor.module.css";
import { PanelItem, PanelList } from "../panel-list";
import { formatDateTime } from "@/lib/format/date-time";

interface TProps {
  template: TReportTemplate;
  comments: TWorkflowView["comments"];
  /** The 填报人 may mark open comments as resolved. */
  canResolve: boolean;
  /** The 填报人 and the 审核人 may answer in a comment's thread. */
  canReply: boolean;
  busy: boolean;
  onResolve(commentId: string): void;
  onReply(commentId: string): void;
  onOpenTarget(target: string): void;
}

const when = (iso: string) => formatDateTime(iso);

/**
 * Review comments, open and resolved, each linking to the cell or section it is about, with its thread of
 * replies and a 回复 button for those who may answer.
 */
export function CommentList({
  template,
  comments,
  canResolve,
  canReply,
  busy,
  onResolve,
  onReply,
  onOpenTarget,
}: Readonly<TProps>) {
  const open = comments.filter((c) => !c.resolvedAt);
  return (
    <PanelList header={`批注（${open.length} 条未解决）`}>
      {comments.map((comment) => (
        <PanelItem
          key={comment.id}
          data-testid="comment"
          actions={[
            ...(canReply
              ? [
                  <Button key="reply" size="small" onClick={() => onReply(comment.id)}>
                    回复
                  </Button>,
                ]
              : []),
            ...(canResolve && !comment.resolvedAt
              ? [
                  <Button
                    key="resolve"
                    size="small"
                    loading={busy}
                    disabled={busy}
                    onClick={() => onResolve(comment.id)}
                  >
                    已解决
                  </Button>,
                ]
              : []),
          ]}
        >
          <div className={styles.commentBody}>
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
            <Text type="secondary" style={{ fontSize: 12 }}>
              {comment.authorName} {when(comment.createdAt)}
            </Text>
            {comment.replies.length > 0 && (
              <ul className={styles.replies} aria-label="回复">
                {comment.replies.map((reply) => (
                  <li key={reply.id} data-testid="comment-reply">
                    <div>{reply.body}</div>
                    <Text type="secondary" style={{ fontSize: 12 }}>
                      回复：{reply.authorName} {when(reply.createdAt)}
                    </Text>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </PanelItem>
      ))}
    </PanelList>
  );
}
