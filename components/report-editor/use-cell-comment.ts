"use client";

import { useCallback, useState } from "react";

import type { TWorkflowView } from "@/lib/services/workflow-view";

/**
 * The 批注 buttons of the table cells: `canComment` when the person is a 审核人 with an action on the report
 * (the same rule as the side panel's 添加批注); `askComment(cellId)` makes the cell the comment's target and
 * counts up `commentAsked`, on which the workflow panel opens its comment dialog.
 */
export const useCellComment = (
  workflow: Pick<TWorkflowView, "actorKinds" | "actions">,
  setFocusedCell: (cellId: string) => void,
) => {
  const [commentAsked, setCommentAsked] = useState(0);
  const canComment = workflow.actorKinds.includes("reviewer") && workflow.actions.length > 0;
  const askComment = useCallback(
    (cellId: string) => {
      setFocusedCell(cellId);
      setCommentAsked((count) => count + 1);
    },
    [setFocusedCell],
  );
  return { canComment, commentAsked, askComment };
};
