import { cadreRecordKinds, cadreRules } from './cadre/pack.js';
import * as cadreParameters from './cadre/parameters.js';
import { cardRecordKinds, cardRules } from './cards/pack.js';
import { congressRecordKinds, congressRules } from './congress/pack.js';
import * as congressParameters from './congress/parameters.js';
import { duesParameters } from './dues/parameters.js';
import { identityRules } from './identity/pack.js';
import { LIBRARY } from './kernel/engine.js';
import type { RulePack } from './kernel/pack.js';
import type { Parameter } from './kernel/parameter.js';
import { lifecycleParametersList, lifecycleRecordKinds, lifecycleRules } from './lifecycle/pack.js';
import { memberKind } from './model/member.js';
import { rankingRecordKinds, rankingRules } from './ranking/pack.js';
import { rankingParameters } from './ranking/parameters.js';
import { bundleKind } from './records/bundle.js';

/**
 * The core rule pack: every rule family of `@dieule/core`. Each family exports its rules and record kinds from its
 * own `pack.ts`.
 */
const pack: RulePack = {
  provenance: { source: 'core', version: LIBRARY.version },
  rules: [...identityRules, ...lifecycleRules, ...rankingRules, ...cadreRules, ...congressRules, ...cardRules],
  // Every family's parameters, so that plugins can amend any of them (not only those a rule reads).
  parameters: [
    ...lifecycleParametersList,
    ...(rankingParameters as readonly Parameter[]),
    ...(Object.values(cadreParameters) as Parameter[]),
    ...(Object.values(congressParameters) as Parameter[]),
    ...(duesParameters as readonly Parameter[]),
  ],
  recordKinds: [
    ...(lifecycleRecordKinds.some((k) => k.kind === 'member') ? [] : [memberKind]),
    ...lifecycleRecordKinds,
    ...rankingRecordKinds,
    ...cadreRecordKinds,
    ...congressRecordKinds,
    ...cardRecordKinds,
    bundleKind,
  ],
};
export const corePack: RulePack = Object.freeze(pack);
