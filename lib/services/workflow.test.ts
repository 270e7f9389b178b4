import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TSessionUser } from "@/lib/auth/types";
import type { TDatabase } from "@/lib/db/client";
import { demoPublishedReport } from "@/lib/db/demo-reports";
import { openTestDatabase, testDatabaseTargets } from "@/lib/db/test-databases";
import type { TReportDocument } from "@/lib/report/schema";
import { reportSubmissionSchema } from "@/lib/report/schema";
import { getTemplate } from "@/lib/template";
import {
  appErrorCode as codeOf,
  createRegionWithOffice,
  explanationsFor,
} from "@/lib/testing/service-fixtures";

import { saveDraftFor } from "./report-drafts";
import { runWorkflowAction } from "./workflow";

// The submit check and the status change must see the same document: a save committing in between used to
// carry an unchecked document (text in a count cell) to 待审核, and from there to 已发布.

const TRIES = 40;

const hops = async (count: number) => {
  for (let i = 0; i < count; i++) await new Promise((resolve) => setImmediate(resolve));
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(testDatabaseTargets())("workflow on $name", (target) => {
  let db: TDatabase;
  let close: () => Promise<void>;
  let reportId = "";
  let filler: TSessionUser;
  let reviewer: TSessionUser;
  const valid = demoPublishedReport("区教育局", 2025);
  const unchecked: TReportDocument = {
    ...valid,
    cells: { ...valid.cells, "t3.new_received.natural_person": "五件左右" },
  };
  const template = getTemplate(valid.formatVersion);
  const passesSubmissionCheck = (data: unknown) => reportSubmissionSchema(template).safeParse(data).success;

  beforeAll(async () => {
    ({ db, close } = await openTestDatabase(target));
    const region = await createRegionWithOffice(db);
    ({ filler, reviewer } = region);
    reportId = (
      await db.prisma.report.create({
        data: { officeId: region.officeId, year: 2025, formatVersion: valid.formatVersion, data: valid },
      })
    ).id;
    expect(passesSubmissionCheck(valid)).toBe(true);
    expect(passesSubmissionCheck(unchecked)).toBe(false);
  });

  afterAll(async () => {
    await close?.();
  });

  const setReport = async (status: "DRAFT" | "SUBMITTED" | "APPROVED" | "PUBLISHED", data: TReportDocument) =>
    db.prisma.report.update({ where: { id: reportId }, data: { status, data } });

  it(`never lets a save that races a submission reach 待审核 unchecked (${TRIES} tries)`, async () => {
    const outcomes = { submitted: 0, saved: 0 };
    // How long one unraced submission takes on this database and machine: PGlite answers within a few
    // event-loop turns, PostgreSQL over a socket needs milliseconds. The save's start is spread from "at once"
    // to three times that duration, so that it lands before, inside and after the submission's check on either.
    // The first submission of the process also loads and compiles what it uses (seconds on a busy machine): it
    // is run once before the one that is timed, or the spread (and the test's duration) would follow that.
    const submitOnce = async () => {
      await setReport("DRAFT", valid);
      const started = performance.now();
      await runWorkflowAction(filler, reportId, { action: "submit", explanations: explanationsFor(valid) });
      return performance.now() - started;
    };
    await submitOnce();
    const submissionMs = await submitOnce();
    const startSave = (i: number) => (i % 2 === 0 ? hops(i % 3) : sleep(((i % 10) / 9) * 3 * submissionMs));
    for (let i = 0; i < TRIES; i++) {
      const { version } = await setReport("DRAFT", valid);
      const [submit, save] = await Promise.allSettled([
        runWorkflowAction(filler, reportId, { action: "submit", explanations: explanationsFor(valid) }),
        // Started a little later each try, so the save lands at every point of the submission's check.
        startSave(i).then(() =>
          saveDraftFor(filler, reportId, { baseVersion: version, document: unchecked }),
        ),
      ]);
      const stored = await db.prisma.report.findUniqueOrThrow({ where: { id: reportId } });
      if (submit.status === "fulfilled") outcomes.submitted++;
      if (save.status === "fulfilled" && save.value.ok) outcomes.saved++;
      if (stored.status === "SUBMITTED") expect(passesSubmissionCheck(stored.data), `try ${i}`).toBe(true);
      // A refused submission is a conflict (the document changed under it) or the check's own refusal.
      if (submit.status === "rejected") expect(["CONFLICT", "INVALID"]).toContain(submit.reason.code);
    }
    // Both sides won sometimes, so the race was really run.
    expect(outcomes.submitted).toBeGreaterThan(0);
    expect(outcomes.saved).toBeGreaterThan(0);
  });

  it("审核通过 and 发布 check the document again", async () => {
    await setReport("SUBMITTED", unchecked);
    expect(await codeOf(runWorkflowAction(reviewer, reportId, { action: "approve" }))).toBe("INVALID");
    await setReport("APPROVED", unchecked);
    expect(await codeOf(runWorkflowAction(reviewer, reportId, { action: "publish" }))).toBe("INVALID");
    expect(await db.prisma.publication.count({ where: { reportId } })).toBe(0);
    await setReport("SUBMITTED", valid);
    expect(await runWorkflowAction(reviewer, reportId, { action: "approve" })).toEqual({
      status: "APPROVED",
    });
    expect(await runWorkflowAction(reviewer, reportId, { action: "publish" })).toEqual({
      status: "PUBLISHED",
    });
  });

  it("a published report refuses 提交 and 接受警告 as conflicts (409), recording nothing", async () => {
    await setReport("PUBLISHED", valid);
    const events = await db.prisma.reportEvent.count({ where: { reportId } });
    expect(await codeOf(runWorkflowAction(filler, reportId, { action: "submit", explanations: {} }))).toBe(
      "CONFLICT",
    );
    // Even with a document the check would refuse, the status answers first.
    await setReport("PUBLISHED", unchecked);
    expect(await codeOf(runWorkflowAction(filler, reportId, { action: "submit", explanations: {} }))).toBe(
      "CONFLICT",
    );
    expect(
      await codeOf(
        runWorkflowAction(reviewer, reportId, { action: "accept-warning", key: "k", reason: "已核实" }),
      ),
    ).toBe("CONFLICT");
    expect(await db.prisma.reportEvent.count({ where: { reportId } })).toBe(events);
  });
});
