/** Where progress goes: a stream that may be a terminal. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface ProgressOptions {
  /** What is counted, e.g. "release pages converted". */
  label: string;
  total: number;
  stream: ProgressStream;
  /** On a terminal: show progress only from this many items. Default 200. */
  minOnTerminal?: number;
  /** Elsewhere (CI logs): one line every this many items, and only when there are at least this many. Default 1000. */
  every?: number;
  /** On a terminal: redraw at most this often. Default 100 ms. */
  intervalMs?: number;
  now?: () => number;
}

export interface Progress {
  /** `done` items of `total` are finished. */
  tick(done: number): void;
  /** Clear the terminal line (nothing elsewhere). */
  end(): void;
}

const SILENT: Progress = { tick() {}, end() {} };

/**
 * Progress for long runs: on a terminal one line redrawn in place (throttled); in a log a line
 * every `every` items. Small runs print nothing, so ordinary builds stay quiet.
 */
export function createProgress(options: ProgressOptions): Progress {
  const { label, total, stream } = options;
  const every = options.every ?? 1000;
  const now = options.now ?? (() => performance.now());
  const interval = options.intervalMs ?? 100;
  const line = (done: number) => `[zh-press] ${label}: ${done} / ${total} (${Math.floor((done / total) * 100)}%)`;

  if (stream.isTTY) {
    if (total < (options.minOnTerminal ?? 200)) return SILENT;
    let last = -Infinity;
    let drawn = false;
    return {
      tick(done) {
        const t = now();
        if (done < total && t - last < interval) return;
        last = t;
        drawn = true;
        stream.write(`\r\x1b[2K${line(done)}`);
      },
      end() {
        if (drawn) stream.write("\r\x1b[2K");
      },
    };
  }
  if (total < every) return SILENT;
  let next = every;
  return {
    tick(done) {
      if (done < next) return;
      stream.write(`${line(done)}\n`);
      while (next <= done) next += every;
    },
    end() {},
  };
}
