// Diagnostic texts of the replies stage (see ./define.ts).
