-- A history row may stand for a whole editing session (D39): consecutive saves by the same person extend one
-- `save` row; "lastAt" is the time of its last save (NULL: a row that was never extended).
ALTER TABLE "ReportEvent" ADD COLUMN "lastAt" TIMESTAMPTZ(3);
