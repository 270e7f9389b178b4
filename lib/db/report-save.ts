import { randomUUID } from "node:crypto";

import type { TReportDocument } from "@/lib/report/schema";
import { isFormatVersion, type TFormatVersion } from "@/lib/template";
import type { TReportEventAction } from "@/lib/workflow/events";

import { getPrisma } from "./client";
import { Prisma } from "./generated/client";
import type { ReportStatus } from "./generated/enums";
import { parseStored, UUID_RE, type TActor } from "./report-rows";

/**
 * The draft save (D39): the head of a report for the access check, and one SQL statement that checks the version,
 * writes the document and writes or extends the history row of the editing session.
 */

/**
 * The places a save changes (D60), comparing the stored document (`prev`) with the saved one (`doc`) inside
 * the save's statement (both CTEs; every part of one statement sees the data as it was before the update):
 * `cell:<id>`, `narrative:<key>`, `remarks:<table>` and `details` (any 报告信息 field), sorted, as a
 * jsonb array. A blank (null, "" or absent) equals another blank. lib/workflow/changed-places.ts names them.
 */
const changedPlacesSql = Prisma.sql`
      SELECT COALESCE(jsonb_agg(DISTINCT place ORDER BY place), '[]'::jsonb) AS places FROM (
        SELECT part || ':' || k AS place
        FROM prev, doc, (VALUES ('cells', 'cell'), ('narrative', 'narrative'), ('remarks', 'remarks')) AS parts(field, part),
          LATERAL (SELECT jsonb_object_keys(COALESCE(prev.data -> field, '{}'::jsonb))
            UNION SELECT jsonb_object_keys(COALESCE(doc.data -> field, '{}'::jsonb))) AS keys(k)
        WHERE NULLIF(NULLIF(prev.data -> field -> k, 'null'::jsonb), '""'::jsonb)
          IS DISTINCT FROM NULLIF(NULLIF(doc.data -> field -> k, 'null'::jsonb), '""'::jsonb)
        UNION ALL
        SELECT 'details' FROM prev, doc WHERE prev.data -> 'details' IS DISTINCT FROM doc.data -> 'details'
      ) AS c`;

/** Consecutive saves by one person with nothing else between, each within this long of the last: one history row. */
export const SAVE_SESSION_GAP_MINUTES = 10;

/** A report without its document: what the save path needs to decide who may save and against which template. */
export interface TReportHead {
  id: string;
  officeId: string;
  year: number;
  formatVersion: TFormatVersion;
  status: ReportStatus;
  version: number;
  deleted: boolean;
  /** The stored document is a 汇总 (its tables change only on the roll-up page, lib/services/rollup.ts). */
  rollup: boolean;
}

/**
 * The head of report `id` (one indexed row, the document not read); null for an unknown or malformed id. Throws
 * when the stored format version is not one this version knows.
 */
export const getReportHead = async (id: string): Promise<TReportHead | null> => {
  if (!UUID_RE.test(id)) return null;
  const prisma = await getPrisma();
  const rows = await prisma.$queryRaw<(Omit<TReportHead, "formatVersion"> & { formatVersion: number })[]>`
    SELECT id::text, "officeId"::text AS "officeId", year, "formatVersion", status::text AS status, version,
      "deletedAt" IS NOT NULL AS deleted, (data -> 'rollup') IS NOT NULL AS rollup
    FROM "Report" WHERE id = ${id}::uuid`;
  const row = rows[0];
  if (!row) return null;
  // As `parseStored` does for a whole document: a stored format this version does not know is surfaced.
  if (!isFormatVersion(row.formatVersion))
    throw new Error(`数据库中的年报 ${id} 格式版本无效：${row.formatVersion}`);
  return { ...row, formatVersion: row.formatVersion };
};

export type TSaveResult =
  | { ok: true; version: number; updatedAt: Date }
  | {
      ok: false;
      conflict: { version: number; updatedAt: Date; document: TReportDocument; savedBy: string | null };
      /** Where the report is now: a save refused because it was deleted or left 草稿/退回 is not a conflict. */
      status: ReportStatus;
      deleted: boolean;
    };

/**
 * Saves a draft if it is still version `baseVersion`, not deleted and 草稿 or 已退回 (optimistic lock: a save, a
 * status change or a deletion since makes it fail), in ONE statement that also writes the history: the last
 * history row is extended when it is a plain save (not an import) by the same person at `baseVersion` whose
 * last save is at most SAVE_SESSION_GAP_MINUTES old (`from` and `saves` in its detail, `lastAt` the time);
 * otherwise a new `save` row is added. A save without a person (`actor.id` null) always gets its own row.
 * The new version's `updatedAt` and the row's times are this process's clock, as Prisma's writes are.
 * A refused save changes nothing and returns what is stored now, with who saved it last.
 */
export const saveReportDraft = async (options: {
  id: string;
  baseVersion: number;
  document: TReportDocument;
  actor: TActor;
}): Promise<TSaveResult> => {
  const prisma = await getPrisma();
  const now = new Date();
  const { id, baseVersion, actor } = options;
  const action: TReportEventAction = "save";
  const rows = await prisma.$queryRaw<{ version: number; updatedAt: Date }[]>`
    WITH doc AS (SELECT ${JSON.stringify(options.document)}::jsonb AS data
    ), prev AS (
      SELECT data FROM "Report" WHERE id = ${id}::uuid AND version = ${baseVersion}::int
    ), changed AS (${changedPlacesSql}
    ), saved AS (
      UPDATE "Report" SET data = (SELECT data FROM doc), version = version + 1,
        "updatedAt" = ${now}::timestamptz
      WHERE id = ${id}::uuid AND version = ${baseVersion}::int AND "deletedAt" IS NULL
        AND status IN ('DRAFT', 'RETURNED')
      RETURNING id, version, "updatedAt"
    ), last AS (
      SELECT id, action, "actorId", detail, COALESCE("lastAt", "createdAt") AS at
      FROM "ReportEvent" WHERE "reportId" = ${id}::uuid ORDER BY "createdAt" DESC LIMIT 1
    ), extended AS (
      UPDATE "ReportEvent" e SET "lastAt" = saved."updatedAt", detail = jsonb_build_object(
          'version', saved.version,
          'from', COALESCE((e.detail ->> 'from')::int, (e.detail ->> 'version')::int),
          'saves', COALESCE((e.detail ->> 'saves')::int, 1) + 1,
          'changed', (SELECT COALESCE(jsonb_agg(DISTINCT place ORDER BY place), '[]'::jsonb) FROM
            jsonb_array_elements_text(COALESCE(e.detail -> 'changed', '[]'::jsonb) || changed.places) AS p(place)))
      FROM saved, last, changed
      WHERE e.id = last.id AND last.action = ${action} AND last."actorId" = ${actor.id}::uuid
        AND last.detail -> 'import' IS NULL AND (last.detail ->> 'version') = ${String(baseVersion)}
        AND last.at >= ${now}::timestamptz - make_interval(mins => ${SAVE_SESSION_GAP_MINUTES}::int)
      RETURNING e.id
    ), added AS (
      INSERT INTO "ReportEvent" (id, "reportId", action, actor, "actorId", detail, "createdAt")
      SELECT ${randomUUID()}::uuid, saved.id, ${action}, ${actor.name}, ${actor.id}::uuid,
        jsonb_build_object('version', saved.version, 'changed', changed.places), saved."updatedAt"
      FROM saved, changed WHERE NOT EXISTS (SELECT 1 FROM extended)
      RETURNING id
    )
    SELECT version, "updatedAt" FROM saved`;
  if (rows[0]) return { ok: true, version: rows[0].version, updatedAt: rows[0].updatedAt };
  return refusedSave(id);
};

/** What a refused save answers: the report as stored now and who saved it last. */
const refusedSave = async (id: string): Promise<TSaveResult> => {
  const prisma = await getPrisma();
  const current = await prisma.report.findUniqueOrThrow({
    where: { id },
    select: {
      version: true,
      updatedAt: true,
      data: true,
      status: true,
      deletedAt: true,
      events: {
        where: { action: "save" satisfies TReportEventAction },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { actor: true },
      },
    },
  });
  return {
    ok: false,
    conflict: {
      version: current.version,
      updatedAt: current.updatedAt,
      document: parseStored(current.data, id),
      savedBy: current.events[0]?.actor ?? null,
    },
    status: current.status,
    deleted: current.deletedAt !== null,
  };
};
