import { readFileSync } from "node:fs";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TSessionUser } from "@/lib/auth/types";
import type { TDatabase } from "@/lib/db/client";
import { openTestDatabase, testDatabaseTargets } from "@/lib/db/test-databases";
import { buildDocx } from "@/lib/export/docx";
import { duplicateProblems } from "@/lib/import/batch";
import { ZReportDocument } from "@/lib/report/schema";
import { getTemplate } from "@/lib/template";

import { loadBatchImportFor, previewBatchItemFor, saveBatchItemFor } from "./import-batch";
import { addOfficeAliasFor, removeOfficeAliasFor } from "./office-aliases";

const EXAMPLE = ZReportDocument.parse(
  JSON.parse(readFileSync(path.join(process.cwd(), "docs/examples/2023-zhangdian-kaifaqu.json"), "utf8")),
);

/** A published .docx of the example as our exporter writes it, printed under `agency`, for `year`. */
const docxOf = async (agency: string, year = 2023): Promise<Uint8Array> => {
  const report = {
    ...EXAMPLE,
    year,
    details: { ...EXAMPLE.details, agencyName: agency, title: `${agency}${year}年政府信息公开工作年度报告` },
  };
  return new Uint8Array(await buildDocx(getTemplate(report.formatVersion), report, { status: "published" }));
};

describe.each(testDatabaseTargets())("批量导入 on $name", (target) => {
  let db: TDatabase;
  let close: () => Promise<void>;
  const ids = { region: "", education: "", health: "", other: "" };
  const user = (officeId: string, role: "FILLER" | "REVIEWER" | "ADMIN"): TSessionUser => ({
    id: "00000000-0000-4000-8000-000000000002",
    username: "shenhe",
    displayName: "区政府办审核人",
    memberships: [{ officeId, officeName: "机关", role }],
  });
  const reviewer = () => user(ids.region, "REVIEWER");

  beforeAll(async () => {
    ({ db, close } = await openTestDatabase(target));
    ids.region = (await db.prisma.office.create({ data: { name: "示范区人民政府办公室" } })).id;
    ids.education = (
      await db.prisma.office.create({ data: { name: "示范区教育局", parentId: ids.region } })
    ).id;
    ids.health = (
      await db.prisma.office.create({ data: { name: "示范县卫生健康局", parentId: ids.region } })
    ).id;
    ids.other = (await db.prisma.office.create({ data: { name: "他市财政局" } })).id;
  }, 240_000);
  afterAll(async () => close?.());

  it("reads and matches each file to an office of the subtree, saving nothing; only a 审核人 may", async () => {
    const education = await previewBatchItemFor(reviewer(), { file: await docxOf("区教育局", 2022) });
    expect(education.review.document.year).toBe(2022);
    expect(education.match).toMatchObject({
      status: "matched",
      match: { officeId: ids.education, reason: "contained", printed: "区教育局" },
    });
    const health = await previewBatchItemFor(reviewer(), { file: await docxOf("示范县卫健局") });
    expect(health.match).toMatchObject({
      status: "matched",
      match: { officeId: ids.health, reason: "normalised" },
    });
    // An office outside the subtree is never offered, even when the file prints its very name.
    const outside = await previewBatchItemFor(reviewer(), { file: await docxOf("他市财政局") });
    expect(outside.match.status).toBe("none");
    expect(outside.match.candidates.map((c) => c.officeId)).not.toContain(ids.other);

    await expect(previewBatchItemFor(reviewer(), { text: "随便一段文字" })).rejects.toMatchObject({
      code: "INVALID",
      message: expect.stringContaining("不是政府信息公开工作年度报告"),
    });
    await expect(
      previewBatchItemFor(reviewer(), { file: new Uint8Array(20 * 1024 * 1024 + 1) }),
    ).rejects.toMatchObject({ code: "INVALID", message: "文件超过 20 MB，无法导入。" });
    await expect(previewBatchItemFor(user(ids.education, "FILLER"), { text: "x" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await db.prisma.report.count()).toBe(0);
    expect(await db.prisma.officeAlias.count()).toBe(0);
  });

  it("stores a confirmed row in scope, adds the printed name as an alias, and refuses duplicates", async () => {
    const file = await docxOf("区教育局", 2022);
    const item = await previewBatchItemFor(reviewer(), { file });
    const row = {
      officeId: ids.education,
      document: item.review.document,
      original: { file, fileName: "a.docx" },
    };
    await expect(saveBatchItemFor(reviewer(), { ...row, officeId: ids.other })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(saveBatchItemFor(user(ids.education, "FILLER"), row)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await db.prisma.report.count()).toBe(0);

    const saved = await saveBatchItemFor(reviewer(), { ...row, addAlias: "区教育局" });
    expect(saved).toMatchObject({ as: "published", aliasAdded: true });
    const stored = await db.prisma.report.findUniqueOrThrow({ where: { id: saved.id } });
    expect(stored).toMatchObject({ officeId: ids.education, year: 2022, status: "PUBLISHED" });
    expect(await db.prisma.reportImportSource.count({ where: { reportId: saved.id } })).toBe(1);

    // The same office-year again: reported before confirming, refused if confirmed anyway.
    const context = await loadBatchImportFor(reviewer());
    expect(context.offices.map((o) => o.id).sort()).toEqual([ids.region, ids.education, ids.health].sort());
    expect(context.offices.find((o) => o.id === ids.education)?.aliases).toEqual(["区教育局"]);
    const problems = duplicateProblems(
      [
        { officeId: ids.education, year: 2022 },
        { officeId: ids.health, year: 2023 },
        { officeId: ids.health, year: 2023 },
      ],
      context.existingYears,
      (id) => context.offices.find((o) => o.id === id)?.name ?? id,
    );
    expect(problems).toEqual([
      "示范区教育局2022年度的年报已在系统中，不再导入。",
      null,
      "与第 2 个文件重复：同一机关（示范县卫生健康局）同一年度（2023）只能导入一份。",
    ]);
    await expect(saveBatchItemFor(reviewer(), row)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.prisma.report.count()).toBe(1);

    // The alias now matches by itself.
    const again = await previewBatchItemFor(reviewer(), { file: await docxOf("区教育局", 2021) });
    expect(again.match).toMatchObject({
      status: "matched",
      match: { reason: "alias", officeId: ids.education },
    });
  });

  it("lets a 审核人 or 管理员 above keep aliases, nobody else", async () => {
    await expect(addOfficeAliasFor(user(ids.health, "FILLER"), ids.health, "县卫健局")).rejects.toMatchObject(
      {
        code: "FORBIDDEN",
      },
    );
    await expect(addOfficeAliasFor(reviewer(), ids.other, "财政局")).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await addOfficeAliasFor(user(ids.region, "ADMIN"), ids.health, " 县卫健局 ");
    await expect(addOfficeAliasFor(reviewer(), ids.health, "县卫健局")).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(addOfficeAliasFor(reviewer(), ids.health, "示范县卫生健康局")).rejects.toMatchObject({
      code: "INVALID",
    });
    await expect(addOfficeAliasFor(reviewer(), ids.health, "县")).rejects.toMatchObject({ code: "INVALID" });
    await removeOfficeAliasFor(reviewer(), ids.health, "县卫健局");
    await expect(removeOfficeAliasFor(reviewer(), ids.health, "县卫健局")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
