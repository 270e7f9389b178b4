"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState, useTransition } from "react";

import { useFeedback } from "@/components/ui/feedback";
import type { TWorkflowRequestInput } from "@/lib/workflow/workflow-request";

import { postWorkflowAction } from "./workflow-client";

/**
 * Runs workflow requests for one report: `busy` while one is on its way and until the reloaded page data is on
 * screen (a transition), so the buttons of the old status are never pressable after the action succeeded;
 * success shows `done`, failure shows the server's message. `run` resolves to whether the request succeeded.
 */
export const useWorkflowAction = (reportId: string) => {
  const router = useRouter();
  const { message } = useFeedback();
  const [busy, setBusy] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const run = useCallback(
    async (request: TWorkflowRequestInput, done: string): Promise<boolean> => {
      setBusy(true);
      try {
        await postWorkflowAction(reportId, request);
        message.success(done);
        startRefresh(() => router.refresh());
        return true;
      } catch (error) {
        message.error({ content: error instanceof Error ? error.message : String(error), duration: 8 });
        return false;
      } finally {
        setBusy(false);
      }
    },
    [message, reportId, router],
  );
  return { busy: busy || refreshing, run };
};
