// Diagnostic texts of the cache stage (see ./define.ts).
