"use client";

import { Alert } from "@/components/ui/alert";
import { hasOpenReviewItems, type TOpenReviewItems } from "./open-review-items";

/**
 * The 审核通过 dialog's warning (D60): comments nobody answered and explanations not accepted, listed by place.
 * Approval stays possible; the 审核人 decides with the list in view.
 */
export function ApprovalWarning({ items }: Readonly<{ items: TOpenReviewItems }>) {
  if (!hasOpenReviewItems(items)) return null;
  const { comments, explanations } = items;
  const counts = [
    comments.length ? `${comments.length} 条批注未回复、未解决` : "",
    explanations.length ? `${explanations.length} 条警告说明未接受` : "",
  ].filter(Boolean);
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="approval-warning"
      style={{ marginBottom: 12 }}
      title={`还有 ${counts.join("，")}。仍可审核通过，请确认后再通过。`}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {comments.map((c) => (
            <li key={c.id}>
              批注 {c.place}：{c.body}
            </li>
          ))}
          {explanations.map((e) => (
            <li key={e.key}>
              警告 {e.message}（说明：{e.explanation}）
            </li>
          ))}
        </ul>
      }
    />
  );
}
