-- Multi-level approval (issue 16): the office's configured chain, and on each report the chain fixed at submission
-- with the number of levels approved in the current round. Existing reports keep the default single level.
ALTER TABLE "Office" ADD COLUMN "approvalChain" JSONB;
ALTER TABLE "Report" ADD COLUMN "approvalChain" JSONB;
ALTER TABLE "Report" ADD COLUMN "approvalStep" INTEGER NOT NULL DEFAULT 0;

-- Local requirements (本地要求) a supervising office sets per year for the offices below it.
CREATE TABLE "LocalRequirement" (
    "id" UUID NOT NULL,
    "officeId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "data" JSONB NOT NULL,
    "updatedBy" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LocalRequirement_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "LocalRequirement_officeId_year_key" ON "LocalRequirement"("officeId", "year");

ALTER TABLE "LocalRequirement" ADD CONSTRAINT "LocalRequirement_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE CASCADE ON UPDATE CASCADE;
