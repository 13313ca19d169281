/**
 * Vitest setup file shared by every project: fast-check runs with one fixed seed, so a property test gives the same
 * verdict on every machine and every run (a new user's `pnpm test` never fails by bad luck).
 *
 * - Default seed: {@link DEFAULT_SEED}. Override with `FC_SEED=<integer>` (e.g. to explore, or to replay a failure).
 * - `FC_SEED=random` draws a fresh seed and prints it, for exploratory runs only; CI never sets it.
 * - On failure fast-check's message carries `seed` and `path`; the hook below also prints the line to replay it.
 */
import fc from 'fast-check';
import { beforeEach } from 'vitest';

export const DEFAULT_SEED = 20_261_202;

function seedFromEnv(raw: string | undefined): number {
  if (raw === undefined || raw === '') return DEFAULT_SEED;
  if (raw === 'random') return (Math.random() * 2 ** 31) | 0;
  const n = Number(raw);
  if (!Number.isSafeInteger(n)) throw new Error(`FC_SEED must be an integer or "random", got ${JSON.stringify(raw)}`);
  return n | 0;
}

const seed = seedFromEnv(process.env.FC_SEED);
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
if (process.env.FC_SEED === 'random') console.info(`fast-check seed: ${seed} (replay with FC_SEED=${seed})`);

beforeEach(({ task, onTestFailed }) => {
  onTestFailed(() => {
    const file = task.file?.filepath ?? '';
    console.error(
      `fast-check global seed: ${seed}. Replay: FC_SEED=${seed} pnpm exec vitest run ${file} -t "${task.name}"`,
    );
  });
});
