import type { LayoutInput, Point } from '../../model/layout/layout-input.ts';
import { LayoutWorkerError } from './layout-error.ts';
import {
  packInput,
  type LayoutJobKind,
  type LayoutReply,
  type LayoutRequest,
} from './layout-protocol.ts';

/** Positions with the worker's own timing, for the ready event and the report. */
export interface WorkerPositions {
  readonly positions: ReadonlyMap<string, Point>;
  /** Milliseconds the worker spent computing (not counting the trip). */
  readonly ms: number;
}

interface Pending {
  readonly actorIds: readonly string[];
  readonly resolve: (value: WorkerPositions) => void;
  readonly reject: (error: LayoutWorkerError) => void;
}

/**
 * Runs layouts in a module Web Worker (src/ui/graph/layout.worker.ts). One client per graph; the
 * worker starts with the first job, keeps the last dataset it was sent (so switching layouts does
 * not send it again), and is stopped by cancel() or dispose(). A worker that cannot start (no
 * Worker support, a script the page's policy refuses) makes every job reject with a
 * LayoutWorkerError whose `cancelled` is false; the caller then computes on the main thread.
 */
export class LayoutWorkerClient {
  /** Whether this browser can run module workers at all. */
  static get supported(): boolean {
    return typeof Worker !== 'undefined';
  }

  private _worker: Worker | null = null;
  private _failed = false;
  private _nextId = 1;
  private _pending = new Map<number, Pending>();
  /** Input keys by identity, so one dataset travels to the worker once. */
  private _keys = new WeakMap<LayoutInput, number>();
  private _nextKey = 1;
  /** The input key the current worker holds. */
  private _sentKey = 0;

  /** Computes `job` for `input` in the worker. */
  run(input: LayoutInput, job: LayoutJobKind): Promise<WorkerPositions> {
    const worker = this._start();
    if (!worker) {
      return Promise.reject(new LayoutWorkerError('Layout workers are unavailable.', false));
    }
    let key = this._keys.get(input);
    if (key === undefined) {
      key = this._nextKey++;
      this._keys.set(input, key);
    }
    const id = this._nextId++;
    const request: LayoutRequest =
      key === this._sentKey
        ? { id, inputKey: key, job }
        : { id, inputKey: key, job, input: packInput(input) };
    this._sentKey = key;
    const actorIds = input.actors.map((a) => a.id);
    return new Promise<WorkerPositions>((resolve, reject) => {
      this._pending.set(id, { actorIds, resolve, reject });
      worker.postMessage(request);
    });
  }

  /** Stops the worker and rejects every job in flight as cancelled. The next job starts a new one. */
  cancel(): void {
    this._stop(new LayoutWorkerError('Layout cancelled.', true));
  }

  /** Stops the worker for good (until the next job). Same as cancel(). */
  dispose(): void {
    this.cancel();
  }

  /** Whether a job is in flight. */
  get busy(): boolean {
    return this._pending.size > 0;
  }

  private _start(): Worker | null {
    if (this._worker) return this._worker;
    if (this._failed || !LayoutWorkerClient.supported) return null;
    let worker: Worker;
    try {
      // A same-origin module script that Vite bundles: allowed by `script-src 'self'`.
      worker = new Worker(new URL('./layout.worker.ts', import.meta.url), {
        type: 'module',
        name: 'memograph-layout',
      });
    } catch {
      this._failed = true;
      return null;
    }
    worker.addEventListener('message', (e: MessageEvent<LayoutReply>) => this._onReply(e.data));
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      // A worker that fails to load or throws outside a job is not used again.
      this._failed = true;
      this._stop(
        new LayoutWorkerError(`The layout worker failed: ${e.message || 'no detail'}`, false),
      );
    });
    worker.addEventListener('messageerror', () => {
      this._stop(new LayoutWorkerError('The layout worker sent an unreadable reply.', false));
    });
    this._worker = worker;
    this._sentKey = 0;
    return worker;
  }

  private _stop(reason: LayoutWorkerError): void {
    this._worker?.terminate();
    this._worker = null;
    this._sentKey = 0;
    const pending = [...this._pending.values()];
    this._pending.clear();
    for (const p of pending) p.reject(reason);
  }

  private _onReply(reply: LayoutReply): void {
    const pending = this._pending.get(reply.id);
    if (!pending) return;
    this._pending.delete(reply.id);
    if (!reply.ok) {
      pending.reject(new LayoutWorkerError(reply.message, false));
      return;
    }
    const positions = new Map<string, Point>();
    pending.actorIds.forEach((id, i) => positions.set(id, { x: reply.xs[i]!, y: reply.ys[i]! }));
    pending.resolve({ positions, ms: reply.ms });
  }
}
