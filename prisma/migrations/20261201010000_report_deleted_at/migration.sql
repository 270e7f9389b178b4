-- A deleted draft keeps its row and history (issue 15 §4); lists and lookups skip it.
ALTER TABLE "Report" ADD COLUMN "deletedAt" TIMESTAMPTZ(3);
