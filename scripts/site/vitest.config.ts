import { defineConfig } from 'vitest/config';

// The docs site's browser tests (playwright-core + Debian Chromium) over the built site in docs/.vitepress/dist.
// Run after `pnpm run docs`: `pnpm run docs:test`. Kept out of `pnpm test` so unit-test runs need no site build.
export default defineConfig({
  ssr: { resolve: { conditions: ['@dieule/source'] } },
  resolve: { conditions: ['@dieule/source'] },
  test: {
    name: 'site',
    root: import.meta.dirname,
    include: ['*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
