import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TSessionUser } from "@/lib/auth/types";
import type { TDatabase } from "@/lib/db/client";
import { demoPublishedReport } from "@/lib/db/demo-reports";
import { openTestDatabase, testDatabaseTargets } from "@/lib/db/test-databases";
import { createRegionWithOffice, explanationsFor } from "@/lib/testing/service-fixtures";

import { exportReportFor } from "./export-report";
import { createReportFor } from "./report-drafts";
import { runWorkflowAction } from "./workflow";

// D60: a published report has one download path, its frozen edition; a draft or a correction exports live.

describe.each(testDatabaseTargets())("the live export on $name", (target) => {
  let db: TDatabase;
  let close: () => Promise<void>;
  let filler: TSessionUser;
  let reviewer: TSessionUser;
  let officeId = "";
  const valid = demoPublishedReport("区教育局", 2025);

  beforeAll(async () => {
    ({ db, close } = await openTestDatabase(target));
    ({ officeId, filler, reviewer } = await createRegionWithOffice(db));
  }, 240_000);
  afterAll(async () => close?.());

  it("exports a draft live and sends a published report's export to its frozen edition", async () => {
    const { id } = await createReportFor(filler, officeId, 2025);
    await db.prisma.report.update({ where: { id }, data: { data: valid } });
    expect(await exportReportFor(filler, id, "html", false)).toMatchObject({
      body: expect.stringContaining("草稿"),
    });
    await runWorkflowAction(filler, id, { action: "submit", explanations: explanationsFor(valid) });
    await runWorkflowAction(reviewer, id, { action: "approve", comment: "同意" });
    await runWorkflowAction(reviewer, id, { action: "publish" });
    expect(await exportReportFor(filler, id, "docx", false)).toEqual({ publishedEdition: 1 });
    expect(await exportReportFor(reviewer, id, "html", true)).toEqual({ publishedEdition: 1 });
    // A correction is a draft again: its live export is the draft, labelled so.
    await runWorkflowAction(filler, id, { action: "correct", note: "更正表二" });
    expect(await exportReportFor(filler, id, "html", false)).toMatchObject({
      body: expect.stringContaining("草稿"),
    });
  });

  it("exports a 已发布（导入） report, which has no frozen edition, as published", async () => {
    const imported = demoPublishedReport("区教育局", 2024);
    const report = await db.prisma.report.create({
      data: {
        officeId,
        year: 2024,
        formatVersion: imported.formatVersion,
        status: "PUBLISHED",
        data: imported,
      },
    });
    const exported = await exportReportFor(filler, report.id, "html", false);
    expect(exported).toMatchObject({ fileName: expect.stringMatching(/\.html$/) });
  });
});
