/**
 * Worker entry for validation off the event loop (built to `dist/worker.js`; Node 20 cannot run a `.ts` worker, so
 * in source mode the service validates in-thread). Each thread builds the core engine once.
 */
import { coreEngine } from '@dieule/core';
import { type CheckOutcome, type CheckTask, runCheck } from './check.js';

const engine = coreEngine();

export default function check(task: CheckTask): { outcome: CheckOutcome; ruleSetHash: string } {
  return { outcome: runCheck(engine, task), ruleSetHash: engine.ruleSetHash };
}
