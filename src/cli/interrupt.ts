/**
 * What a signal does to a write in progress. Each write registers how to undo itself (remove the
 * temporary file, put back what was moved aside); SIGINT, SIGTERM and SIGHUP run those undo steps,
 * newest first, and end the process with the shell's status for the signal (128 + its number).
 * Without this, Node's default action kills the process on the spot and leaves the temporary
 * files behind.
 */

const undoSteps = new Set<() => void>();

/** Registers how to undo a write in progress; call the returned function once it is settled. */
export function whileWriting(undo: () => void): () => void {
  undoSteps.add(undo);
  return () => undoSteps.delete(undo);
}

/** Undoes every write in progress. Each step is tried even if an earlier one fails. */
export function undoWrites(): void {
  for (const undo of [...undoSteps].reverse()) {
    try {
      undo();
    } catch {
      // Nothing better can be done while the process is being stopped.
    }
    undoSteps.delete(undo);
  }
}

export const SIGNAL_STATUS = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;

/** Installs the handlers; bin/memograph.js calls this once, before running a command. */
export function handleSignals(
  stderr: (text: string) => void,
  exit: (status: number) => void,
): void {
  for (const signal of Object.keys(SIGNAL_STATUS) as (keyof typeof SIGNAL_STATUS)[]) {
    process.on(signal, () => {
      const writing = undoSteps.size > 0;
      undoWrites();
      try {
        stderr(`memograph: stopped by ${signal}${writing ? '; nothing was written' : ''}\n`);
      } catch {
        // The terminal may be gone (SIGHUP): the exit status still says what happened.
      }
      exit(SIGNAL_STATUS[signal]);
    });
  }
}

/** Lets a pending signal be handled: long writes call this between pieces of work. */
export function yieldToSignals(): Promise<void> {
  return new Promise((done) => setImmediate(done));
}
