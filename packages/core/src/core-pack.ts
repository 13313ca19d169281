import { cadreRecordKinds, cadreRules } from './cadre/pack.js';
import { identityRules } from './identity/pack.js';
import { LIBRARY } from './kernel/engine.js';
import type { RulePack } from './kernel/pack.js';
import { lifecycleRecordKinds, lifecycleRules } from './lifecycle/pack.js';
import { memberKind } from './model/member.js';
import { rankingRecordKinds, rankingRules } from './ranking/pack.js';

/**
 * The core rule pack: every rule family of `@dieule/core`. Each family exports its rules and record kinds from its
 * own `pack.ts`.
 */
const pack: RulePack = {
  provenance: { source: 'core', version: LIBRARY.version },
  rules: [...identityRules, ...lifecycleRules, ...rankingRules, ...cadreRules],
  recordKinds: [
    ...(lifecycleRecordKinds.some((k) => k.kind === 'member') ? [] : [memberKind]),
    ...lifecycleRecordKinds,
    ...rankingRecordKinds,
    ...cadreRecordKinds,
  ],
};
export const corePack: RulePack = Object.freeze(pack);
