import { appendFileSync, createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DerivedFact, Issue, ReportMeta, ReportSummary } from '@dieule/core/kernel';

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
  /** With facts: they are spooled to a temporary file (never held in memory) and copied in at the end. */
  readonly #factsDir: string | undefined;
  #factsBuffer = '';
  #factsFirst = true;

  constructor(sink: Sink, meta: ReportMeta, options: { facts?: boolean } = {}) {
    this.#sink = sink;
    this.#factsDir = options.facts ? mkdtempSync(join(tmpdir(), 'dieule-facts-')) : undefined;
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

  /** Adds derived facts of one record (only when the stream was made with `facts`). */
  facts(list: readonly DerivedFact[]): void {
    if (!this.#factsDir) return;
    for (const f of list) {
      this.#factsBuffer += `${this.#factsFirst ? '\n    ' : ',\n    '}${JSON.stringify(f)}`;
      this.#factsFirst = false;
    }
    if (this.#factsBuffer.length > 64 * 1024) this.#spool();
  }

  #spool(): void {
    if (!this.#factsDir || !this.#factsBuffer) return;
    appendFileSync(join(this.#factsDir, 'facts.json'), this.#factsBuffer);
    this.#factsBuffer = '';
  }

  /** Closes the report with the summary and the roster accounting. */
  async finish(summary: ReportSummary, roster: unknown): Promise<void> {
    this.#buffer += `${this.#first ? '' : '\n  '}],\n  "summary": ${JSON.stringify(summary)},\n  "roster": ${JSON.stringify(roster)}`;
    if (this.#factsDir) {
      this.#spool();
      this.#buffer += ',\n  "facts": [';
      await this.#flush(true);
      if (!this.#factsFirst)
        for await (const chunk of createReadStream(join(this.#factsDir, 'facts.json'), 'utf8'))
          await this.#sink(chunk as string);
      this.#buffer += `${this.#factsFirst ? '' : '\n  '}]`;
      rmSync(this.#factsDir, { recursive: true, force: true });
    }
    this.#buffer += '\n}\n';
    await this.#flush(true);
  }
}
