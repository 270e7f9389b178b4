"use client";

import { Suspense, useState } from "react";

import { Button } from "@/components/ui/button";
import type { TReportTemplate } from "@/lib/template";

import { ImportIntoDraftOnDemand as ImportIntoDraftDialog } from "./editor-parts";

/**
 * 导入 in the editor's header: the button is in the first load, the dialog (file, diff, apply) loads on demand.
 * Once opened the dialog stays mounted, so closing it animates and opening it again shows what was read.
 */
export function ImportIntoDraftButton({
  reportId,
  template,
  saved,
}: Readonly<{ reportId: string; template: TReportTemplate; saved: boolean }>) {
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  return (
    <>
      <Button
        onClick={() => {
          setUsed(true);
          setOpen(true);
        }}
      >
        导入
      </Button>
      {used && (
        <Suspense fallback={null}>
          <ImportIntoDraftDialog
            reportId={reportId}
            template={template}
            saved={saved}
            open={open}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      )}
    </>
  );
}
