import { describe, expect, it } from 'vitest';
import { coreEngine, validate } from '../default-engine.js';
import type { Report } from './types.js';

const person = { fullName: 'Nguyễn Văn An', birthDate: '1990-01-01', sex: 'male' };
const good = { kind: 'member', person, events: [] };

function nested(depth: number): unknown {
  let v: unknown = {};
  for (let i = 0; i < depth; i++) v = { kind: 'member', person: v, events: [v] };
  return v;
}
function deepArray(depth: number): unknown {
  let v: unknown = [];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}
const throwing = (key: string) =>
  Object.defineProperty({ ...good }, key, {
    enumerable: true,
    get() {
      throw new Error(`getter ${key} failed for 001090000123`);
    },
  });
const { proxy: revoked, revoke } = Proxy.revocable({}, {});
revoke();

const hostile: [string, unknown][] = [
  ['kind is Object.create(null)', { ...good, kind: Object.create(null) }],
  ['kind is a Symbol', { ...good, kind: Symbol('member') }],
  [
    'kind has a throwing toString',
    {
      ...good,
      kind: {
        toString: () => {
          throw new Error('x');
        },
      },
    },
  ],
  ['a getter on kind throws', throwing('kind')],
  ['a getter on person throws', throwing('person')],
  ['a getter on events throws', throwing('events')],
  [
    'a Proxy whose every trap throws',
    new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
        ownKeys: () => {
          throw new Error('trap');
        },
        getOwnPropertyDescriptor: () => {
          throw new Error('trap');
        },
        has: () => {
          throw new Error('trap');
        },
        getPrototypeOf: () => {
          throw new Error('trap');
        },
      },
    ),
  ],
  ['a revoked Proxy', revoked],
  ['3,000 levels of nesting', nested(3000)],
  ['3,000 nested arrays as events', { ...good, events: deepArray(3000) }],
  ['3,000 nested arrays in person', { ...good, person: { ...person, fullName: deepArray(3000) } }],
  ['events is a sparse array', { ...good, events: new Array(5) }],
  ['a BigInt', { ...good, person: { ...person, birthDate: 10n } }],
  ['a function', { ...good, person: () => 1 }],
];

function judge(list: unknown[]): Report {
  return validate(list, { asOf: '2026-01-01' });
}

describe('validators never throw, also from JavaScript callers (issue 10)', () => {
  for (const [name, record] of hostile)
    it(`${name} → an issue; the rest of the batch is still judged`, () => {
      let report: Report | undefined;
      expect(() => {
        report = judge([good, record, good]);
      }).not.toThrow();
      expect(report!.summary.records).toBe(3);
      expect(report!.summary.valid).toBe(2);
      const issues = report!.issues.filter((i) => i.record === 1);
      expect(issues.length).toBeGreaterThan(0);
      expect(JSON.stringify(report!.issues)).not.toContain('001090000123');
      if (process.env.SHOW)
        console.log(
          name,
          issues.map((i) => `${i.messageId}: ${i.message}`),
        );
    });
  it('a batch that is itself a revoked Proxy or a Proxy array whose elements throw', () => {
    expect(judge(revoked as never).summary.records).toBe(1);
    const arr = new Proxy([good, good, good], {
      get(t, k) {
        if (k === '1') throw new Error('element 1');
        return Reflect.get(t, k);
      },
    });
    const r = judge(arr);
    expect(r.summary).toMatchObject({ records: 3, valid: 2 });
    expect(r.issues.map((i) => i.messageId)).toEqual(['record.unreadable']);
  });
  it('an iterator that throws midway: what was read is judged and the failure reported', () => {
    function* sources() {
      yield { value: good };
      yield { value: good };
      throw new Error('disk');
    }
    const r = coreEngine().validateSources(sources(), { asOf: '2026-01-01' });
    expect(r.summary).toMatchObject({ records: 3, valid: 2, withErrors: 1 });
  });
});
