/**
 * Apart from the worker client so that the graph can recognise a cancelled layout without
 * loading the client, which it fetches only when a layout is computed.
 */

/** Thrown (as the rejection) when a job was cancelled or its worker could not run it. */
export class LayoutWorkerError extends Error {
  constructor(
    message: string,
    /** True when the job was cancelled by the caller; false when the worker failed. */
    readonly cancelled: boolean,
  ) {
    super(message);
    this.name = 'LayoutWorkerError';
  }
}
