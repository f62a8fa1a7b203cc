// A progress line on stderr for long runs: only on a terminal, only once a run has taken a
// while, redrawn a few times a second, and wiped when the run ends so the report stands alone.

const WIDTH = 24;
/** A run quicker than this shows no progress at all. */
const SHOW_AFTER_MS = 500;
const REDRAW_MS = 100;

export interface Progress {
  /** Sources read so far (their total is not known until all are read). */
  reading(count: number): void;
  /** Claims judged so far, of all. */
  judging(done: number, total: number): void;
  /** Wipes the line. */
  end(): void;
}

const SILENT: Progress = { reading: () => undefined, judging: () => undefined, end: () => undefined };

export function progressOn(write: (text: string) => void, isTTY: boolean, now: () => number = () => performance.now()): Progress {
  if (!isTTY) return SILENT;
  const started = now();
  let drawn = -Infinity;
  let shown = false;
  const draw = (line: string, force = false) => {
    const time = now();
    if (time - started < SHOW_AFTER_MS || (!force && time - drawn < REDRAW_MS)) return;
    drawn = time;
    shown = true;
    write(`\r\x1b[K${line}`);
  };
  return {
    reading: (count) => draw(`claimcheck: reading sources… ${count}`),
    judging: (done, total) => {
      const filled = Math.round((done / Math.max(1, total)) * WIDTH);
      draw(`claimcheck: [${"#".repeat(filled)}${".".repeat(WIDTH - filled)}] ${done}/${total} claims`, done === total);
    },
    end: () => {
      if (shown) write("\r\x1b[K");
      shown = false;
    },
  };
}
