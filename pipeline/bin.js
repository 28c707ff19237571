#!/usr/bin/env node
// Entry for the `threadlens` bin: registers tsx so the TypeScript sources run without a build step.
import { register } from 'tsx/esm/api';

process.env.THREADLENS_BIN = '1';
register();
await import('./cli.ts');
