/** One benchmark: a name, what one iteration processes, and the work. */
export interface BenchCase {
  /** Group shown together in docs/benchmarks.md (e.g. `kernel`, `calendar`). */
  readonly group: string;
  readonly name: string;
  /** Items one call of `run` processes (records, calls), to report items/second. */
  readonly itemsPerRun: number;
  /** Unit of an item for the table (`records`, `calls`, `evaluations`, `rows`). */
  readonly unit: string;
  /** Optional preparation outside the measured time. */
  readonly setup?: () => void | Promise<void>;
  readonly run: () => unknown;
  /** Minimum measuring time in ms (default 1000). */
  readonly time?: number;
}
