-- Event actions in one spelling, as lib/workflow/events.ts names them (lower case, words joined by "-").
-- Rows written before this migration used "CREATE" and "SAVE"; every other action was already lower case.
UPDATE "ReportEvent" SET "action" = 'create' WHERE "action" = 'CREATE';
UPDATE "ReportEvent" SET "action" = 'save' WHERE "action" = 'SAVE';
