/**
 * dieule core: typed models and cited rule validators for Vietnamese Party organization-building work.
 *
 * Subpath entries keep apps small: `@dieule/core/date`, `/calendar`, `/legal`, `/kernel`, `/identity`,
 * `/lifecycle`, `/records`, `/ranking`, `/cadre`, `/congress`.
 * @packageDocumentation
 */
export * from './cadre/index.js';
export * from './calendar/index.js';
export * from './cards/index.js';
export * from './congress/index.js';
export { corePack } from './core-pack.js';
export * from './date/index.js';
export { coreEngine, engineWith, validate } from './default-engine.js';
export * from './dues/index.js';
export * from './identity/index.js';
export * from './kernel/index.js';
export * from './legal/index.js';
export * from './lifecycle/index.js';
export * from './model/index.js';
export * from './ranking/index.js';
export * from './records/index.js';
