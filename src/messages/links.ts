// Diagnostic texts of the links stage (see ./define.ts).
