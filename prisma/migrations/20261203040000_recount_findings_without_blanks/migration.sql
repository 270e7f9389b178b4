-- D57: the 审核台's 错误/警告 counts leave blank findings (未填) out, as the editor does; the cached counts
-- (D35) were made with blanks counted as errors, so every report is counted again on the next board load.
UPDATE "Report" SET "findingsVersion" = NULL;
