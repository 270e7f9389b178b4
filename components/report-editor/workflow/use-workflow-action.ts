"use client";

import { App } from "antd";
import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";

import type { TWorkflowRequestInput } from "@/lib/workflow/workflow-request";

import { postWorkflowAction } from "./workflow-client";

/**
 * Runs workflow requests for one report: `busy` while one is on its way; success shows `done` and reloads
 * the page's data, failure shows the server's message. `run` resolves to whether the request succeeded.
 */
export const useWorkflowAction = (reportId: string) => {
  const router = useRouter();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (request: TWorkflowRequestInput, done: string): Promise<boolean> => {
      setBusy(true);
      try {
        await postWorkflowAction(reportId, request);
        message.success(done);
        router.refresh();
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
  return { busy, run };
};
