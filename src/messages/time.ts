// Diagnostic texts of the time stage (see ./define.ts).
