/// <reference lib="webworker" />
import { draftLayout, layoutPositions } from '../../layout/layout.ts';
import type { LayoutInput } from '../../model/layout/layout-input.ts';
import type { LayoutReply, LayoutRequest } from './layout-protocol.ts';
import { unpackInput } from './layout-protocol.ts';

/**
 * The layout worker: computes positions off the main thread, so that laying out thousands of
 * actors never freezes the page. It runs the very functions the main thread would (same input,
 * same seed, same positions); see src/ui/graph/layout-client.ts for the other side.
 *
 * Loaded as a same-origin module script, so the page's Content-Security-Policy
 * (`script-src 'self'`, no blob: or eval) allows it.
 */

declare const self: DedicatedWorkerGlobalScope;

let current: { key: number; input: LayoutInput } | null = null;

self.addEventListener('message', (event: MessageEvent<LayoutRequest>) => {
  void handle(event.data);
});

async function handle(request: LayoutRequest): Promise<void> {
  const { id, inputKey, input, job } = request;
  let reply: LayoutReply;
  try {
    if (input) current = { key: inputKey, input: unpackInput(input) };
    if (!current || current.key !== inputKey) throw new Error('The layout input was not sent.');
    const data = current.input;
    const started = performance.now();
    const positions = job === 'draft' ? draftLayout(data) : await layoutPositions(data, job);
    const xs = new Float64Array(data.actors.length);
    const ys = new Float64Array(data.actors.length);
    data.actors.forEach((a, i) => {
      const p = positions.get(a.id);
      xs[i] = p?.x ?? 0;
      ys[i] = p?.y ?? 0;
    });
    reply = { id, ok: true, xs, ys, ms: Math.round(performance.now() - started) };
    self.postMessage(reply, [xs.buffer, ys.buffer]);
  } catch (error) {
    reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
    self.postMessage(reply);
  }
}
