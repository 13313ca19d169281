import { registerCalendar } from './calendar.js';
import { registerCheck } from './check.js';
import type { RegisterCommand } from './context.js';
import { registerDocuments } from './documents.js';
import { registerDues } from './dues.js';
import { registerMember } from './member.js';
import { registerRanking } from './ranking.js';
import { registerRules } from './rules.js';
import { registerSchema } from './schema.js';
import { registerServe } from './serve.js';
import { registerValidate } from './validate.js';

/**
 * Every command module, in help order. Each issue's commands live in their own file(s) and are added here with one
 * line.
 */
export const commands: readonly RegisterCommand[] = [
  registerCheck,
  registerRules,
  registerDocuments,
  registerSchema,
  registerServe,
  registerRanking,
  registerCalendar,
  registerValidate,
  registerMember,
  registerDues,
];
