// Diagnostic texts of the remedies stage (see ./define.ts).
