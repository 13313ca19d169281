import { defineProject } from 'vitest/config';

export default defineProject({
  ssr: { resolve: { conditions: ['@dieule/source'] } },
  resolve: { conditions: ['@dieule/source'] },
  test: {
    setupFiles: ['../../scripts/vitest/fast-check-seed.ts'],
    name: 'adapter-postgres',
    globals: true,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
