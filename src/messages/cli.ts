// Diagnostic texts of the cli stage (see ./define.ts).
