#!/usr/bin/env node
// The CLI is written in TypeScript and run through tsx's loader, so `npx memograph`
// works straight after `npm install` with no build step and no global installs.
import { register } from 'tsx/esm/api';

register();
const { handleSignals } = await import('../src/cli/interrupt.ts');
handleSignals(
  (s) => process.stderr.write(s),
  (status) => process.exit(status),
);
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
});
