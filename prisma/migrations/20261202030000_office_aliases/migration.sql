-- Names an office is printed under in real reports (区教育局 for 示范区教育局): the batch import and the single
-- import's name check match printed names against them (issue 11, lib/offices/match-office.ts).
CREATE TABLE "OfficeAlias" (
    "id" UUID NOT NULL,
    "officeId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfficeAlias_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "OfficeAlias_officeId_name_key" ON "OfficeAlias"("officeId", "name");

-- AddForeignKey
ALTER TABLE "OfficeAlias" ADD CONSTRAINT "OfficeAlias_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE CASCADE ON UPDATE CASCADE;
