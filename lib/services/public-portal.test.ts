import { createHash } from "node:crypto";

import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TSessionUser } from "@/lib/auth/types";
import type { TDatabase } from "@/lib/db/client";
import { demoPublishedReport } from "@/lib/db/demo-reports";
import { openTestDatabase, testDatabaseTargets } from "@/lib/db/test-databases";
import { AppError } from "@/lib/errors";
import { UTF8_BOM } from "@/lib/public/csv";
import { TABLE_CSV_HEADER } from "@/lib/public/table-data";
import { INDEX_CSV_HEADER, indexCsv } from "@/lib/public/region-index";
import { ZReportDocument } from "@/lib/report/schema";
import { getTemplate } from "@/lib/template";

import { loadPublicFile } from "./load-public-file";
import { loadPublicIndex } from "./load-public-index";
import { loadPublicOffice } from "./load-public-office";
import { loadPublicPortal } from "./load-public-portal";
import { loadPublicReport } from "./load-public-report";
import { runWorkflowAction } from "./workflow";

const sha256 = (content: Uint8Array | string) => createHash("sha256").update(content).digest("hex");

const codeOf = async (promise: Promise<unknown>): Promise<string> => {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
};

// The public services need no session and show only frozen editions: every other status is tried.
describe.each(testDatabaseTargets())("年报专栏 services on $name", (target) => {
  let db: TDatabase;
  let close: () => Promise<void>;
  const office: Record<string, string> = {};
  let publishedId = "";
  const reviewer = (): TSessionUser => ({
    id: "00000000-0000-4000-8000-000000000001",
    username: "shenhe",
    displayName: "审核人",
    memberships: [{ officeId: office.region ?? "", officeName: "区政府办", role: "REVIEWER" }],
  });
  const filler = (): TSessionUser => ({
    id: "00000000-0000-4000-8000-000000000002",
    username: "jiaoyu",
    displayName: "填报人",
    memberships: [{ officeId: office.education ?? "", officeName: "区教育局", role: "FILLER" }],
  });

  beforeAll(async () => {
    ({ db, close } = await openTestDatabase(target));
    office.region = (await db.prisma.office.create({ data: { name: "示例区政府办公室" } })).id;
    for (const [key, name] of [
      ["education", "示例区教育局"],
      ["draft", "示例区草稿局"],
      ["submitted", "示例区待审局"],
      ["returned", "示例区退回局"],
      ["approved", "示例区通过局"],
      ["unpublished", "示例区未冻结局"],
    ] as const) {
      office[key] = (await db.prisma.office.create({ data: { name, parentId: office.region } })).id;
    }
    for (const [key, status] of [
      ["draft", "DRAFT"],
      ["submitted", "SUBMITTED"],
      ["returned", "RETURNED"],
      ["approved", "APPROVED"],
      // Status says published, but no edition was ever frozen (legacy data): nothing to show.
      ["unpublished", "PUBLISHED"],
    ] as const) {
      await db.prisma.report.create({
        data: {
          officeId: office[key] ?? "",
          year: 2024,
          formatVersion: 2021,
          status,
          data: demoPublishedReport(key, 2024),
        },
      });
    }
    publishedId = (
      await db.prisma.report.create({
        data: {
          officeId: office.education ?? "",
          year: 2024,
          formatVersion: 2021,
          status: "APPROVED",
          data: demoPublishedReport("示例区教育局", 2024),
        },
      })
    ).id;
    // Published through the real workflow: the service freezes .docx and .html as edition 1.
    await runWorkflowAction(reviewer(), publishedId, { action: "publish" });
  });

  afterAll(async () => {
    await close?.();
  });

  it("never shows a report that has no frozen edition, whatever its status", async () => {
    const portal = await loadPublicPortal({ query: "", year: null });
    const region = portal.regions.find((r) => r.id === office.region);
    const withYears = region?.offices.filter((o) => o.years.length > 0).map((o) => o.name);
    expect(withYears).toEqual(["示例区教育局"]);
    for (const key of ["draft", "submitted", "returned", "approved", "unpublished"]) {
      const id = office[key] ?? "";
      expect((await loadPublicOffice(id)).office.years, key).toEqual([]);
      expect(await codeOf(loadPublicReport(id, "2024", null)), key).toBe("NOT_FOUND");
      expect(await codeOf(loadPublicFile(id, "2024", 1, "report.json")), key).toBe("NOT_FOUND");
      expect(await codeOf(loadPublicFile(id, "2024", 1, "t3.csv")), key).toBe("NOT_FOUND");
    }
    const index = await loadPublicIndex(office.region ?? "");
    expect(index.map((e) => [e.office, e.year, e.edition])).toEqual([["示例区教育局", 2024, 1]]);
  });

  it("serves the frozen files byte for byte with the hashes shown", async () => {
    const page = await loadPublicReport(office.education ?? "", "2024", null);
    expect(page.edition.edition).toBe(1);
    expect(page.entry.timeliness.label).toMatch(/^(按时|逾期 \d+ 天)$/);
    expect(sha256(page.html)).toBe(page.edition.htmlSha256);
    const docx = await loadPublicFile(office.education ?? "", "2024", 1, "report.docx");
    expect(docx.body).toBeInstanceOf(Uint8Array);
    expect(sha256(docx.body as Uint8Array)).toBe(page.edition.docxSha256);
    expect(docx.sha256).toBe(page.edition.docxSha256);
    const stored = await db.prisma.publication.findFirstOrThrow({ where: { reportId: publishedId } });
    expect(Buffer.from(docx.body as Uint8Array).equals(Buffer.from(stored.docx))).toBe(true);
    expect(docx.fileName).toBe("示例区教育局2024年政府信息公开工作年度报告.docx");
  });

  it("keeps edition 1 unchanged while the report is corrected, and adds the correction as edition 2", async () => {
    const before = await loadPublicReport(office.education ?? "", "2024", null);
    await runWorkflowAction(filler(), publishedId, { action: "correct", note: "更正表三自然人申请数" });
    // The working copy changes; the portal must not show it.
    const draft = demoPublishedReport("示例区教育局", 2024);
    draft.narrative.s5 = "草稿中的修改，尚未发布";
    await db.prisma.report.update({ where: { id: publishedId }, data: { data: draft } });
    const during = await loadPublicReport(office.education ?? "", "2024", null);
    expect(during.html).toBe(before.html);
    expect(during.entry.editions).toHaveLength(1);
    const json = await loadPublicFile(office.education ?? "", "2024", 1, "report.json");
    expect(String(json.body)).not.toContain("草稿中的修改");

    await db.prisma.report.update({ where: { id: publishedId }, data: { status: "APPROVED" } });
    await runWorkflowAction(reviewer(), publishedId, { action: "publish" });
    const after = await loadPublicReport(office.education ?? "", "2024", null);
    expect(after.edition).toMatchObject({ edition: 2, note: "更正表三自然人申请数" });
    expect(after.html).toContain("草稿中的修改，尚未发布");
    const first = await loadPublicReport(office.education ?? "", "2024", 1);
    expect(first.html).toBe(before.html);
    expect(first.edition.htmlSha256).toBe(before.edition.htmlSha256);
    expect(after.entry.editions.map((e) => [e.edition, e.note])).toEqual([
      [1, null],
      [2, "更正表三自然人申请数"],
    ]);
    // On time is judged by the first edition, not the correction.
    expect(after.entry.timeliness).toEqual(before.entry.timeliness);
  });

  it("answers NOT_FOUND for unknown offices, years and editions", async () => {
    const education = office.education ?? "";
    expect(await codeOf(loadPublicOffice("00000000-0000-4000-8000-00000000abcd"))).toBe("NOT_FOUND");
    expect(await codeOf(loadPublicOffice("教育局"))).toBe("NOT_FOUND");
    expect(await codeOf(loadPublicOffice("'; drop table x;--"))).toBe("NOT_FOUND");
    expect(await codeOf(loadPublicReport(education, "2023", null))).toBe("NOT_FOUND");
    expect(await codeOf(loadPublicReport(education, "20x4", null))).toBe("NOT_FOUND");
    expect(await codeOf(loadPublicReport(education, "2024", 3))).toBe("NOT_FOUND");
    expect(await codeOf(loadPublicFile(education, "2024", 9, "report.docx"))).toBe("NOT_FOUND");
  });

  it("finds offices by name words and year", async () => {
    const search = async (query: string, year: number | null) =>
      (await loadPublicPortal({ query, year })).results?.map((o) => o.name);
    expect(await search("教育", null)).toEqual(["示例区教育局"]);
    expect(await search("示例区　教育", 2024)).toEqual(["示例区教育局"]);
    // A name search names the office even when it has nothing (of that year) published: the page says 尚未发布.
    expect(await search("教育", 2023)).toEqual(["示例区教育局"]);
    const unpublished = (await loadPublicPortal({ query: "草稿", year: null })).results;
    expect(unpublished?.map((o) => [o.name, o.years.length])).toEqual([["示例区草稿局", 0]]);
    expect(await search("没有这个机关", null)).toEqual([]);
    // A year alone lists only the offices with a report of that year.
    expect(await search("", 2024)).toEqual(["示例区教育局"]);
    expect(await search("", 2023)).toEqual([]);
    expect((await loadPublicPortal({ query: "", year: null })).results).toBeNull();
  });

  it("gives the tables as CSV with BOM and the report as interchange JSON", async () => {
    const education = office.education ?? "";
    const json = await loadPublicFile(education, "2024", 2, "report.json");
    const document = ZReportDocument.parse(JSON.parse(String(json.body)));
    const template = getTemplate(document.formatVersion);
    const csv = String((await loadPublicFile(education, "2024", 2, "t3.csv")).body);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe(TABLE_CSV_HEADER.join(","));
    expect(lines).toHaveLength(1 + template.cells.filter((c) => c.table === "t3").length);
    expect(lines).toContain(
      "t3.new_received.natural_person,表三,一、本年新收政府信息公开申请数量,自然人,5,否",
    );
    expect(lines.find((l) => l.startsWith("t3.new_received.total,"))).toMatch(/,5,是$/);

    const index = await loadPublicIndex(null);
    const csvIndex = indexCsv(index);
    expect(csvIndex.slice(1).split("\r\n")[0]).toBe(INDEX_CSV_HEADER.join(","));
    expect(index.map((e) => e.edition)).toEqual([1, 2]);
    expect(index[1]).toMatchObject({ correctionNote: "更正表三自然人申请数", year: 2024 });
    expect(index[0]?.docx).toBe(`/gongkai/${education}/2024/1/report.docx`);

    // The JSON says when this edition and the first edition were published (按时/逾期 is judged by the first).
    const raw = JSON.parse(String(json.body)) as Record<string, unknown>;
    expect(raw).toMatchObject({
      edition: 2,
      publishedAt: index[1]?.publishedAt,
      firstPublishedAt: index[0]?.publishedAt,
    });
    expect(raw.firstPublishedAt).not.toBe(raw.publishedAt);
  });

  it("gives the same .xlsx bytes on every download of an edition, dated at its publication", async () => {
    const education = office.education ?? "";
    const first = await loadPublicFile(education, "2024", 1, "tables.xlsx");
    const second = await loadPublicFile(education, "2024", 1, "tables.xlsx");
    expect(Buffer.from(first.body as Uint8Array).equals(Buffer.from(second.body as Uint8Array))).toBe(true);
    const zip = await JSZip.loadAsync(first.body as Uint8Array);
    const core = (await zip.file("docProps/core.xml")?.async("string")) ?? "";
    const publishedAt = (await loadPublicIndex(null))[0]?.publishedAt ?? "";
    const atSecond = publishedAt.replace(/\.\d+Z$/, "Z");
    expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${atSecond}</dcterms:created>`);
    expect(core).toContain(`<dcterms:modified xsi:type="dcterms:W3CDTF">${atSecond}</dcterms:modified>`);
  });
});
