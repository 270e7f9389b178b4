import { z } from "zod";

import type { TReportDocument } from "./schema";

/**
 * The draft-save protocol of `PUT /api/reports/[reportId]`, shared by the route handler and the editor's
 * client: the request is checked with `ZSaveDraftRequest` (the document itself against the report's
 * template, in the service); the answers are `TSavedDraftBody` (200), `TSaveConflictBody` (409, someone
 * saved since `baseVersion`) or an error body (`TErrorBody` from `lib/errors`).
 */
export const ZSaveDraftRequest = z.object({
  /** Stored as a 32-bit integer (`Report.version`). */
  baseVersion: z.int().positive().max(2_147_483_647),
  document: z.unknown(),
});

/** What the editor sends: the document it has, based on the version it last got from the server. */
export interface TSaveDraftRequest {
  baseVersion: number;
  document: TReportDocument;
}

/** 200: the new version, when it was saved (ISO 8601), and how many unsavable characters were removed. */
export interface TSavedDraftBody {
  version: number;
  updatedAt: string;
  removed?: number;
}

/** The version the server has when a save was based on an older one (`updatedAt` in ISO 8601). */
export interface TSaveConflict {
  version: number;
  updatedAt: string;
  document: TReportDocument;
  savedBy: string | null;
}

/** 409: nothing was saved; the person chooses between their document and `conflict.document`. */
export interface TSaveConflictBody {
  ok: false;
  error: { code: "CONFLICT"; message: string };
  conflict: TSaveConflict;
}

export const SAVE_CONFLICT_MESSAGE = "该年报已在其他地方被修改。";
