import type { CliKey } from '../i18n/index.js';
import type { RegisterCommand } from './context.js';

/**
 * One top-level command: its name, the locale key of its one-line description, the words after its name in the
 * program's help (`[options] <file>`), and how to load its module. Modules are loaded only when their command runs
 * (or its help is asked for), so `dieule --version` and `dieule --help` import neither core nor the adapters.
 */
export interface CommandEntry {
  readonly name: string;
  readonly description: CliKey;
  /** What the program's help shows after the name, as commander prints it for the loaded command. */
  readonly usage: string;
  readonly load: () => Promise<RegisterCommand>;
}

/**
 * Every command module, in help order. Each issue's commands live in their own file(s) and are added here with one
 * entry. A test checks that each entry's name, description and usage match what its module registers.
 */
export const commands: readonly CommandEntry[] = [
  {
    name: 'check',
    description: 'check.description',
    usage: '[options] <file>',
    load: async () => (await import('./check.js')).registerCheck,
  },
  {
    name: 'rules',
    description: 'rules.description',
    usage: '[options]',
    load: async () => (await import('./rules.js')).registerRules,
  },
  {
    name: 'documents',
    description: 'documents.description',
    usage: '[options]',
    load: async () => (await import('./documents.js')).registerDocuments,
  },
  {
    name: 'schema',
    description: 'schema.description',
    usage: '[options] [kind]',
    load: async () => (await import('./schema.js')).registerSchema,
  },
  {
    name: 'serve',
    description: 'serve.description',
    usage: '[options]',
    load: async () => (await import('./serve.js')).registerServe,
  },
  {
    name: 'ranking',
    description: 'ranking.description',
    usage: '',
    load: async () => (await import('./ranking.js')).registerRanking,
  },
  {
    name: 'calendar',
    description: 'calendar.description',
    usage: '',
    load: async () => (await import('./calendar.js')).registerCalendar,
  },
  {
    name: 'validate',
    description: 'validate.description',
    usage: '[options] <file>',
    load: async () => (await import('./validate.js')).registerValidate,
  },
  {
    name: 'member',
    description: 'member.description',
    usage: '',
    load: async () => (await import('./member.js')).registerMember,
  },
  {
    name: 'congress',
    description: 'congress.description',
    usage: '',
    load: async () => (await import('./congress.js')).registerCongress,
  },
  { name: 'db', description: 'db.description', usage: '', load: async () => (await import('./db.js')).registerDb },
  {
    name: 'upgrade',
    description: 'upgrade.description',
    usage: '[options] <file>',
    load: async () => (await import('./upgrade.js')).registerUpgrade,
  },
  {
    name: 'dues',
    description: 'dues.description',
    usage: '[options]',
    load: async () => (await import('./dues.js')).registerDues,
  },
];
