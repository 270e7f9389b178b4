"use client";

import { Alert } from "antd";

import type { TMatchableOffice } from "@/lib/offices/match-office";
import { officeNameWarning } from "@/lib/offices/office-name-check";

/**
 * The review screen's office-name check: a warning when the office the file prints is not the office chosen to
 * import into (lib/offices/office-name-check.ts); nothing when they agree. A warning, not a block.
 */
export function ImportOfficeCheck({
  details,
  office,
}: Readonly<{
  details: { agencyName?: string; issuer?: string; title?: string };
  office?: TMatchableOffice;
}>) {
  const warning = officeNameWarning(details, office);
  if (!warning) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title="机关名称不一致"
      description={warning}
      data-testid="import-office-check"
    />
  );
}
