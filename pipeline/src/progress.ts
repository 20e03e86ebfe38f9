/**
 * A progress bar on stderr, only in a terminal and only when the run takes
 * longer than a second; it redraws at most ten times a second and clears
 * itself at the end, so the summary and logs stay clean.
 */
export interface ProgressBar {
  update(done: number, total: number): void;
  finish(): void;
}

interface TerminalStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): boolean;
}

/** A bar that draws nothing. */
export const SILENT: ProgressBar = { update: () => undefined, finish: () => undefined };

const megabytes = (bytes: number) => (bytes / 1_048_576).toFixed(1);

export function progressBar(stream: TerminalStream, label: string, options: { delay?: number; now?: () => number } = {}): ProgressBar {
  const now = options.now ?? Date.now;
  const delay = options.delay ?? 1000;
  const start = now();
  let last = 0;
  let shown = false;
  if (!stream.isTTY) return SILENT;
  return {
    update(done, total) {
      const time = now();
      if (time - start < delay || time - last < 100) return;
      last = time;
      shown = true;
      const fraction = total > 0 ? Math.min(1, done / total) : 0;
      const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - label.length - 30));
      const filled = Math.round(fraction * width);
      stream.write(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)}% ${megabytes(done)}/${megabytes(total)} MB`);
    },
    finish() {
      if (shown) stream.write('\r\u001b[2K');
    },
  };
}
