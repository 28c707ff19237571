#!/usr/bin/env node
// Entry for the `threadlens` bin: registers tsx so the TypeScript sources run without a build step.
import { register } from 'tsx/esm/api';

register();
await import('./cli.ts');
