import { registerCalendar } from './calendar.js';
import { registerCheck } from './check.js';
import { registerCongress } from './congress.js';
import type { RegisterCommand } from './context.js';
import { registerDb } from './db.js';
import { registerDocuments } from './documents.js';
import { registerDues } from './dues.js';
import { registerMember } from './member.js';
import { registerRanking } from './ranking.js';
import { registerRules } from './rules.js';
import { registerSchema } from './schema.js';
import { registerServe } from './serve.js';
import { registerUpgrade } from './upgrade.js';
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
  registerCongress,
  registerDb,
  registerUpgrade,
  registerDues,
];
