import { afterEach, vi } from 'vitest';
import type { MemographApp } from '../../src/ui/memograph-app.ts';

/** A body that sends `text` a byte at a time, `everyMs` apart, then stays open without a word. */
export function trickle(text: string, everyMs: number): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (sent >= bytes.length) return new Promise<void>(() => {});
      await new Promise((resolve) => setTimeout(resolve, everyMs));
      controller.enqueue(bytes.subarray(sent, sent + 1));
      sent++;
    },
  });
}

/** The explorer a test made, which is taken off the page after it with every stubbed global. */
export interface AppUnderTest {
  /** A new <memograph-app>, not yet on the page, so its properties can be set first. */
  create(): MemographApp;
  /** The one the running test made. */
  readonly current: MemographApp;
}

/**
 * One <memograph-app> per test; after each test it is removed and fetch is restored. The test file
 * imports the element itself, so that this helper registers nothing.
 */
export function appPerTest(): AppUnderTest {
  let app: MemographApp | null = null;
  afterEach(() => {
    app?.remove();
    app = null;
    vi.unstubAllGlobals();
  });
  return {
    create() {
      app = document.createElement('memograph-app');
      return app;
    },
    get current() {
      if (!app) throw new Error('no <memograph-app> made in this test');
      return app;
    },
  };
}
