import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    setupFiles: ['../../scripts/vitest/fast-check-seed.ts'],
    name: 'core',
    globals: true,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'] },
  },
});
