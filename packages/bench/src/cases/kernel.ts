import type { BenchCase } from '../case.js';

/** Filled in by the foundation's kernel-overhead benchmark. */
export const kernelCases: readonly BenchCase[] = [];
