// Diagnostic texts of the ingest stage (see ./define.ts).
