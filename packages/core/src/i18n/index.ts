import type { Locale } from '../legal/types.js';
import { en } from './en.js';
import { type KernelMessages, vi } from './vi.js';

/** Kernel messages by locale. Add a locale by adding a file and a line here; a test checks every key exists. */
export const kernelLocales: Readonly<Record<Locale, KernelMessages>> = { vi, en };
export { type LabelDomain, type LabelTable, label, labelTables, PLACEHOLDER_DOMAINS } from './labels.js';
export type { KernelMessages };
