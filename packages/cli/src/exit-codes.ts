/**
 * The closed table of CLI exit codes. Scripts depend on it; change it only with a changeset that says so.
 *
 * | code | meaning |
 * |---|---|
 * | 0 | done; no error-severity issue |
 * | 1 | done; error-severity issues were found |
 * | 2 | unusable input or usage (one-line reason on stderr) |
 */
export const ExitCode = { OK: 0, ISSUES: 1, USAGE: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** A failure that ends the command with exit code 2 and a one-line reason. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
