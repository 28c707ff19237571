// Diagnostic texts of the sentiment stage (see ./define.ts).
