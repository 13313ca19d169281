/**
 * A fixed-window rate limit per client (the principal, or the remote address when the service has no
 * authentication). The clock is injected, so tests decide time and nothing depends on the wall clock.
 */
export class RateLimiter {
  readonly #requests: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  readonly #windows = new Map<string, { start: number; count: number }>();

  constructor(requests: number, windowSeconds: number, now: () => number = Date.now) {
    this.#requests = requests;
    this.#windowMs = windowSeconds * 1000;
    this.#now = now;
  }

  /** Counts one request; returns `undefined` when allowed, or the seconds to wait. */
  take(client: string): number | undefined {
    const now = this.#now();
    let w = this.#windows.get(client);
    if (!w || now - w.start >= this.#windowMs) {
      if (this.#windows.size > 10_000) this.#sweep(now);
      w = { start: now, count: 0 };
      this.#windows.set(client, w);
    }
    if (w.count >= this.#requests) return Math.max(1, Math.ceil((w.start + this.#windowMs - now) / 1000));
    w.count++;
    return undefined;
  }

  #sweep(now: number): void {
    for (const [k, w] of this.#windows) if (now - w.start >= this.#windowMs) this.#windows.delete(k);
  }
}
