// Shared by Vitest browser mode, Playwright and the benchmark: the browser is never
// downloaded, it is Debian's Chromium (or whatever CHROMIUM_PATH names).
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  // Without these Chromium keeps dialling Google hosts, which an air-gapped machine refuses.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
