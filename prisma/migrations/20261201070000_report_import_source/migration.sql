-- The original of an imported report (file, pasted text or fetched page) and the per-cell provenance the server
-- read from it (issue 11: "the source file is stored with the draft"). One per report, removed with it.
CREATE TABLE "ReportImportSource" (
    "reportId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "sha256" TEXT NOT NULL,
    "provenance" JSONB NOT NULL,
    "blanks" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportImportSource_pkey" PRIMARY KEY ("reportId")
);

-- AddForeignKey
ALTER TABLE "ReportImportSource" ADD CONSTRAINT "ReportImportSource_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;
