-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "correctionNote" TEXT;

-- CreateTable
CREATE TABLE "ReportComment" (
    "id" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "target" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" UUID,
    "authorName" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMPTZ(3),
    "resolvedByName" TEXT,

    CONSTRAINT "ReportComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Publication" (
    "id" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "edition" INTEGER NOT NULL,
    "note" TEXT,
    "document" JSONB NOT NULL,
    "docx" BYTEA NOT NULL,
    "html" TEXT NOT NULL,
    "docxSha256" TEXT NOT NULL,
    "htmlSha256" TEXT NOT NULL,
    "publishedBy" TEXT NOT NULL,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Publication_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReportComment_reportId_createdAt_idx" ON "ReportComment"("reportId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Publication_reportId_edition_key" ON "Publication"("reportId", "edition");

-- AddForeignKey
ALTER TABLE "ReportComment" ADD CONSTRAINT "ReportComment_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
