import cliProgress from 'cli-progress';
import type { Io } from '../io.js';

/** A progress bar on stderr, or nothing when stderr is not a terminal or `--quiet` is given. */
export interface Progress {
  update(bytes: number, total: number, rows: number): void;
  stop(): void;
}

/** Creates the progress bar for a long input (hidden when not a TTY or with `quiet`). */
export function createProgress(io: Io, quiet: boolean, locale: 'vi' | 'en'): Progress {
  if (quiet || !io.stderr.isTTY) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: io.stderr as unknown as NodeJS.WritableStream,
      format: `${locale === 'vi' ? 'Đang kiểm tra' : 'Checking'} {bar} {percentage}% | {rows} ${locale === 'vi' ? 'dòng' : 'rows'} | ETA {eta_formatted}`,
      hideCursor: true,
      clearOnComplete: true,
      fps: 8,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(bytes, total, rows) {
      if (!started) {
        bar.start(Math.max(1, total), 0, { rows: 0 });
        started = true;
      }
      bar.update(Math.min(bytes, total), { rows: rows.toLocaleString('vi-VN') });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
