/**
 * Fetching a dataset's bytes as a stream, so that a slow server shows progress, a stalled or
 * endless one is given up on with a reason, and the reader can cancel.
 */

import {
  DEFAULT_LIMITS,
  formatBytes,
  type FetchLimits,
  type FetchOptions,
} from './fetch-limits.ts';

export {
  DEFAULT_LIMITS,
  formatBytes,
  type FetchLimits,
  type FetchOptions,
  type Progress,
} from './fetch-limits.ts';

export type FetchOutcome =
  | { readonly bytes: Uint8Array }
  /** The server answered with an error status; its body, when short text, says why. */
  | { readonly status: string; readonly body: string }
  /** No dataset: `reason` completes "could not be loaded: …". */
  | { readonly reason: string; readonly details: readonly string[]; readonly cancelled: boolean };

type Stop = 'cancel' | 'stall' | 'size';

class Stopped extends Error {
  constructor(readonly stop: Stop) {
    super(stop);
  }
}

/** A limit given as an attribute may be anything; only a positive number is one. */
function positive(n: number | undefined): number | undefined {
  return n !== undefined && Number.isFinite(n) && n > 0 ? n : undefined;
}

/** The announced length, unless the body arrives compressed (then it counts other bytes). */
function announcedLength(response: Response): number | null {
  const encoding = response.headers.get('content-encoding');
  if (encoding && encoding !== 'identity') return null;
  const length = Number(response.headers.get('content-length') ?? NaN);
  return Number.isSafeInteger(length) && length >= 0 ? length : null;
}

export async function fetchBytes(url: string, options: FetchOptions = {}): Promise<FetchOutcome> {
  const fetchImpl = options.fetchImpl ?? fetch;
  const limits: FetchLimits = {
    stallMs: positive(options.limits?.stallMs) ?? DEFAULT_LIMITS.stallMs,
    maxBytes: positive(options.limits?.maxBytes) ?? DEFAULT_LIMITS.maxBytes,
  };
  const inner = new AbortController();
  let stopped: Stop | null = null;
  let rejectStop: (e: Stopped) => void = () => {};
  // Whatever the fetch or its stream do with the signal, a stop ends the wait at once.
  const stop = new Promise<never>((_, reject) => (rejectStop = reject));
  stop.catch(() => {});
  const halt = (why: Stop): void => {
    if (stopped) return;
    stopped = why;
    rejectStop(new Stopped(why));
    inner.abort();
  };
  const onCancel = (): void => halt('cancel');
  if (options.signal?.aborted) halt('cancel');
  options.signal?.addEventListener('abort', onCancel);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const watch = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => halt('stall'), limits.stallMs);
  };

  let received = 0;
  let total: number | null = null;
  let answered = false;
  const init: RequestInit = { credentials: 'same-origin', signal: inner.signal };
  try {
    watch();
    const response = await Promise.race([fetchImpl(url, init), stop]);
    answered = true;
    if (!response.ok) {
      const body = await Promise.race([errorText(response), stop]).catch(() => '');
      return { status: `${response.status} ${response.statusText}`.trim(), body };
    }
    total = announcedLength(response);
    if (total !== null && total > limits.maxBytes) {
      void response.body?.cancel().catch(() => {});
      throw new Stopped('size');
    }
    if (!response.body) {
      const whole = new Uint8Array(await Promise.race([response.arrayBuffer(), stop]));
      if (whole.length > limits.maxBytes) throw new Stopped('size');
      return { bytes: whole };
    }
    const reader = response.body.getReader();
    const body = new GrowingBuffer(total ?? 0, limits.maxBytes);
    options.onProgress?.({ received, total });
    try {
      for (;;) {
        const { done, value } = await Promise.race([reader.read(), stop]);
        if (done) break;
        watch();
        received += value.length;
        if (received > limits.maxBytes) halt('size');
        if (stopped) throw new Stopped(stopped);
        body.append(value);
        options.onProgress?.({ received, total });
      }
    } finally {
      if (stopped) void reader.cancel().catch(() => {});
    }
    return { bytes: body.bytes() };
  } catch (error) {
    const why = error instanceof Stopped ? error.stop : stopped;
    if (why) return stopReason(why, answered, received, total, limits);
    return await failure(error, url, fetchImpl, limits.stallMs);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onCancel);
  }
}

/** The start of an error page: enough to show a short message, never an endless body. */
async function errorText(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const body = new GrowingBuffer(0, ERROR_TEXT_BYTES);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      body.append(value.subarray(0, ERROR_TEXT_BYTES - body.size));
      if (body.size >= ERROR_TEXT_BYTES) break;
    }
  } finally {
    void reader.cancel().catch(() => {});
  }
  return new TextDecoder().decode(body.bytes());
}

/** More than the longest error message shown (the loader shows bodies under 4000 characters). */
const ERROR_TEXT_BYTES = 16 * 1024;

/**
 * The body's bytes in one buffer, sized to the announced length when there is one, so that a
 * large dataset is not held twice (as chunks and as their concatenation).
 */
class GrowingBuffer {
  private buffer: Uint8Array;
  private length = 0;

  constructor(
    expected: number,
    private readonly max: number,
  ) {
    this.buffer = new Uint8Array(Math.min(Math.max(expected, 64 * 1024), max));
  }

  append(chunk: Uint8Array): void {
    const needed = this.length + chunk.length;
    if (needed > this.buffer.length) {
      const grown = new Uint8Array(Math.min(Math.max(needed, this.buffer.length * 2), this.max));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    this.buffer.set(chunk, this.length);
    this.length = needed;
  }

  get size(): number {
    return this.length;
  }

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

function stopReason(
  why: Stop,
  answered: boolean,
  received: number,
  total: number | null,
  limits: FetchLimits,
): FetchOutcome {
  if (why === 'cancel') return { reason: 'the load was cancelled', details: [], cancelled: true };
  if (why === 'size') {
    return {
      reason: `the response was larger than ${formatBytes(limits.maxBytes)}, the most Memograph loads`,
      details: [],
      cancelled: false,
    };
  }
  const wait = formatWait(limits.stallMs);
  if (!answered) {
    return { reason: `the server did not answer for ${wait}`, details: [], cancelled: false };
  }
  const got = `${formatBytes(received)}${total !== null ? ` of ${formatBytes(total)}` : ''}`;
  return {
    reason: `the server stopped sending: nothing arrived for ${wait}, after ${got}`,
    details: [],
    cancelled: false,
  };
}

function formatWait(ms: number): string {
  const s = Math.round(ms / 100) / 10;
  return `${s} second${s === 1 ? '' : 's'}`;
}

/**
 * A request that failed outright. The browser says only "Failed to fetch"; the commonest cause
 * worth naming is an address that redirects to another site, which the page's policy blocks.
 * Asking again without following redirects shows whether that is what happened.
 */
async function failure(
  error: unknown,
  url: string,
  fetchImpl: typeof fetch,
  stallMs: number,
): Promise<FetchOutcome> {
  const message = error instanceof Error ? error.message : String(error);
  const probe = await fetchImpl(url, {
    credentials: 'same-origin',
    redirect: 'manual',
    signal: AbortSignal.timeout(stallMs),
  }).catch(() => null);
  if (probe?.type === 'opaqueredirect') {
    return {
      reason:
        "the address redirected off this site, and Memograph loads data only from the page's own origin",
      details: [message],
      cancelled: false,
    };
  }
  return { reason: 'the request failed', details: [message], cancelled: false };
}
