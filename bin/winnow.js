#!/usr/bin/env node
// The `winnow` command: a thin launcher for the bundle `npm run build` writes to dist-cli/.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist-cli/winnow.js', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('winnow: the CLI is not built (dist-cli/winnow.js is missing): run npm run build first\n');
  process.exit(1);
}
await import(bundle.href);
