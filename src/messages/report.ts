// Diagnostic texts of the report stage (see ./define.ts).
