import type { Issue, ReportMeta, ReportSummary } from '@dieule/core/kernel';

/** Where JSON text goes (awaited, so a slow pipe applies back-pressure). */
export type Sink = (text: string) => void | Promise<void>;

/**
 * Writes a `dieule.report/1` JSON report while records stream by: issues are written as they come and never kept,
 * the summary comes last (JSON key order carries no meaning). Same contract as `dieule check --format json`, plus a
 * `roster` member with the row accounting.
 */
export class JsonReportStream {
  readonly #sink: Sink;
  #first = true;
  #buffer = '';

  constructor(sink: Sink, meta: ReportMeta) {
    this.#sink = sink;
    this.#buffer = `{\n  "format": "dieule.report/1",\n  "meta": ${JSON.stringify(meta)},\n  "issues": [`;
  }

  async #flush(force = false): Promise<void> {
    if (force || this.#buffer.length > 64 * 1024) {
      const t = this.#buffer;
      this.#buffer = '';
      await this.#sink(t);
    }
  }

  /** Adds issues of one record. */
  async issues(list: readonly Issue[]): Promise<void> {
    for (const i of list) {
      this.#buffer += `${this.#first ? '\n    ' : ',\n    '}${JSON.stringify(i)}`;
      this.#first = false;
    }
    await this.#flush();
  }

  /** Closes the report with the summary and the roster accounting. */
  async finish(summary: ReportSummary, roster: unknown): Promise<void> {
    this.#buffer += `${this.#first ? '' : '\n  '}],\n  "summary": ${JSON.stringify(summary)},\n  "roster": ${JSON.stringify(roster)}\n}\n`;
    await this.#flush(true);
  }
}
