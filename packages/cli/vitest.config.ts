import { defineProject } from 'vitest/config';

export default defineProject({
  ssr: { resolve: { conditions: ['@dieule/source'] } },
  resolve: { conditions: ['@dieule/source'] },
  test: {
    setupFiles: ['../../scripts/vitest/fast-check-seed.ts'],
    name: 'cli',
    globals: true,
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
