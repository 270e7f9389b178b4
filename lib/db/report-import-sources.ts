import { createHash } from "node:crypto";

import type { TProvenance } from "@/lib/import/types";

import { getPrisma } from "./client";
import type { Prisma } from "./generated/client";

/** The original of an imported report as stored (issue 11), without its bytes. */
export interface TReportImportSourceInfo {
  name: string;
  kind: string;
  size: number;
  sha256: string;
  provenance: Record<string, TProvenance>;
  blanks: string[];
  createdAt: Date;
}

/** What 导入 stores beside the report it creates: the original's bytes and what the server read from them. */
export interface TNewImportSource {
  name: string;
  kind: string;
  content: Uint8Array;
  provenance: Record<string, TProvenance>;
  blanks: readonly string[];
}

/** Writes the original of an imported report in the transaction that creates the report. */
export const insertImportSource = async (
  tx: Prisma.TransactionClient,
  reportId: string,
  source: TNewImportSource,
): Promise<void> => {
  await tx.reportImportSource.create({
    data: {
      reportId,
      name: source.name,
      kind: source.kind,
      content: new Uint8Array(source.content),
      sha256: createHash("sha256").update(source.content).digest("hex"),
      provenance: source.provenance as unknown as Prisma.InputJsonValue,
      blanks: [...source.blanks],
    },
  });
};

/** The stored original's description and provenance, or null when the report was not imported. */
export const getImportSourceInfo = async (reportId: string): Promise<TReportImportSourceInfo | null> => {
  const prisma = await getPrisma();
  const row = await prisma.reportImportSource.findUnique({
    where: { reportId },
    select: {
      name: true,
      kind: true,
      sha256: true,
      provenance: true,
      blanks: true,
      createdAt: true,
      content: true,
    },
  });
  if (!row) return null;
  return {
    name: row.name,
    kind: row.kind,
    size: row.content.length,
    sha256: row.sha256,
    provenance: (row.provenance ?? {}) as unknown as Record<string, TProvenance>,
    blanks: Array.isArray(row.blanks) ? (row.blanks as string[]) : [],
    createdAt: row.createdAt,
  };
};

/** The stored original's bytes, for its download; null when none. */
export const getImportSourceContent = async (
  reportId: string,
): Promise<{ name: string; kind: string; content: Uint8Array<ArrayBuffer> } | null> => {
  const prisma = await getPrisma();
  const row = await prisma.reportImportSource.findUnique({
    where: { reportId },
    select: { name: true, kind: true, content: true },
  });
  return row ? { name: row.name, kind: row.kind, content: new Uint8Array(row.content) } : null;
};

/** Whether the report was created from an import with its original stored (a count: no bytes or JSON read). */
export const hasImportSourceRow = async (reportId: string): Promise<boolean> => {
  const prisma = await getPrisma();
  return (await prisma.reportImportSource.count({ where: { reportId } })) > 0;
};
