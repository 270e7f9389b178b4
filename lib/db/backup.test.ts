import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { backupDataDir, backupSocketPath, requestBackup, restoreDataDir, serveBackups } from "./backup";
import { openDatabase, type TDatabase } from "./client";
import { demoPublishedReport } from "./demo-reports";
import { openTestDatabase, testDatabaseTargets } from "./test-databases";

/**
 * `npm run backup` / `npm run restore` (issue 14, “Backups that restore”): a backup taken from the running
 * app over its socket, while it works, restores into an empty folder with every report and every published
 * file identical.
 */
const pglite = testDatabaseTargets()[0]!;

const everything = async (db: TDatabase) => ({
  offices: await db.prisma.office.findMany({ orderBy: { id: "asc" } }),
  reports: await db.prisma.report.findMany({ orderBy: { id: "asc" } }),
  events: await db.prisma.reportEvent.findMany({ orderBy: { id: "asc" } }),
  publications: await db.prisma.publication.findMany({ orderBy: { id: "asc" } }),
  users: await db.prisma.user.findMany({ orderBy: { id: "asc" } }),
});

describe("backup and restore of the embedded database", () => {
  let db: TDatabase;
  let close: () => Promise<void>;
  let stopServing: () => Promise<void>;
  const scratch = mkdtempSync(path.join(os.tmpdir(), "nbt-restore-"));

  beforeAll(async () => {
    ({ db, close } = await openTestDatabase(pglite));
    const office = await db.prisma.office.create({ data: { name: "区教育局" } });
    for (const year of [2023, 2024, 2025]) {
      const report = await db.prisma.report.create({
        data: { officeId: office.id, year, formatVersion: 2021, data: demoPublishedReport("区教育局", year) },
      });
      const docx = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31 + year) % 256));
      await db.prisma.publication.create({
        data: {
          reportId: report.id,
          edition: 1,
          document: demoPublishedReport("区教育局", year),
          docx,
          html: `<p>区教育局${year}年度报告</p>`,
          docxSha256: "x",
          htmlSha256: "y",
          publishedBy: "审核人",
        },
      });
    }
    if (db.config.kind !== "pglite" || !db.snapshot) throw new Error("PGlite expected");
    stopServing = await serveBackups(db.config.dataDir, db.snapshot);
  });
  afterAll(async () => {
    await stopServing();
    await close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it("backs up from the running app, waiting for an open transaction, and restores everything identical", async () => {
    if (db.config.kind !== "pglite") throw new Error("PGlite expected");
    // A transaction is open when the backup is asked for: the snapshot waits for it to commit.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const transaction = db.prisma.$transaction(async (tx) => {
      await tx.office.create({ data: { name: "区卫健局" } });
      await held;
    });
    await new Promise((r) => setTimeout(r, 100));
    const backup = requestBackup(db.config.dataDir);
    await new Promise((r) => setTimeout(r, 200));
    release();
    await transaction;
    const bytes = await backup;
    expect(bytes).not.toBeNull();

    const target = path.join(scratch, "restored");
    await restoreDataDir(bytes!, target);
    const restored = await openDatabase({ kind: "pglite", dataDir: target });
    try {
      const [now, then] = [await everything(db), await everything(restored)];
      expect(then.offices.map((o) => o.name)).toContain("区卫健局");
      expect(then).toEqual(now);
      expect(then.publications).toHaveLength(3);
      for (const [i, publication] of then.publications.entries()) {
        expect(Buffer.from(publication.docx).equals(Buffer.from(now.publications[i]!.docx))).toBe(true);
      }
    } finally {
      await restored.close();
    }
  });

  it("asks the running app rather than opening its locked folder", async () => {
    if (db.config.kind !== "pglite") throw new Error("PGlite expected");
    expect(backupSocketPath(db.config.dataDir)).toMatch(/backup\.sock$/);
    const result = await backupDataDir(db.config.dataDir);
    expect(result.from).toBe("running-app");
  });

  it("refuses a folder that is not empty, and a file that is not a backup, in Chinese", async () => {
    const full = path.join(scratch, "full");
    mkdirSync(full);
    writeFileSync(path.join(full, "keep.txt"), "x");
    await expect(restoreDataDir(new Uint8Array([0x1f, 0x8b, 0]), full)).rejects.toThrow(/不是空的，未恢复/);
    await expect(restoreDataDir(new TextEncoder().encode("hello"), path.join(scratch, "x"))).rejects.toThrow(
      /不是年报通的备份文件/,
    );
  });
});
