-- 审核台 at scale, 催报 and 待办/消息 (issue 16; lib/db/review-board.ts, lib/db/messages.ts).

-- Findings counts cached per report version, so the 审核台 filters and sorts by them in SQL.
ALTER TABLE "Report" ADD COLUMN "errorCount" INTEGER,
ADD COLUMN "warningCount" INTEGER,
ADD COLUMN "findingsVersion" INTEGER;

-- CreateIndex
CREATE INDEX "Report_year_status_idx" ON "Report"("year", "status");

-- The address for the optional e-mail copy of a user's messages.
ALTER TABLE "User" ADD COLUMN "email" TEXT;

-- CreateTable
CREATE TABLE "Reminder" (
    "id" UUID NOT NULL,
    "officeId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "sentById" UUID,
    "sentByName" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Reminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Message" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "reportId" UUID,
    "officeId" UUID,
    "year" INTEGER,
    "dedupeKey" TEXT,
    "readAt" TIMESTAMPTZ(3),
    "emailState" TEXT,
    "emailTries" INTEGER NOT NULL DEFAULT 0,
    "emailError" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Reminder_officeId_year_createdAt_idx" ON "Reminder"("officeId", "year", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Message_dedupeKey_key" ON "Message"("dedupeKey");

-- CreateIndex
CREATE INDEX "Message_userId_createdAt_idx" ON "Message"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Message_userId_readAt_idx" ON "Message"("userId", "readAt");

-- CreateIndex
CREATE INDEX "Message_emailState_idx" ON "Message"("emailState");

-- AddForeignKey
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
