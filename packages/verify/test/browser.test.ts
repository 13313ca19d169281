import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';

/**
 * `@dieule/core` must run in a browser and a mobile web view (the electronic member handbook): no Node built-ins,
 * no I/O. Bundling for `platform: 'browser'` fails on any `node:` import; the bundle is then run in Chromium.
 */
const coreDir = dirname(createRequire(import.meta.url).resolve('@dieule/core/package.json'));
const entry = `
  import { validate } from '@dieule/core';
  import { vietnameseCalendar } from '@dieule/core/calendar';
  globalThis.dieuleProbe = () => {
    const report = validate([{ kind: 'member', id: 'B1', person: { fullName: 'Lê Văn Bình', birthDate: '1985-03-02', sex: 'male', citizenId: '087084000999' }, events: [] }], { asOf: '2026-11-23', locale: 'en' });
    return { records: report.summary.records, rule: report.issues[0]?.ruleId, message: report.issues[0]?.message, workingDay: vietnameseCalendar.isWorkingDay('2026-11-23'), tet: vietnameseCalendar.isWorkingDay('2026-02-17') };
  };
`;

async function bundle(entryPoints?: string[]) {
  return build({
    ...(entryPoints
      ? { entryPoints }
      : { stdin: { contents: entry, resolveDir: join(import.meta.dirname, '..'), loader: 'js' as const } }),
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    conditions: ['@dieule/source'],
    logLevel: 'silent',
  });
}

describe('core in the browser', () => {
  it('bundles every core entry for the browser with no Node built-ins', async () => {
    const entries = [
      'index',
      'date/index',
      'legal/index',
      'kernel/index',
      'calendar/index',
      'lifecycle/index',
      'ranking/index',
      'cadre/index',
      'identity/index',
    ].map((e) => join(coreDir, 'src', `${e}.ts`));
    for (const e of entries) {
      const result = await bundle([e]);
      expect(result.errors, e).toEqual([]);
      expect(result.outputFiles![0]!.text).not.toMatch(/require\(["']node:|from ["']node:/);
    }
  });

  it.runIf(existsSync('/usr/bin/chromium'))('validates a record inside headless Chromium', async () => {
    const js = (await bundle()).outputFiles![0]!.text;
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
    try {
      const page = await browser.newPage();
      await page.setContent('<!doctype html><meta charset="utf-8"><title>handbook</title>');
      await page.addScriptTag({ content: js });
      const result = await page.evaluate(() => (globalThis as unknown as { dieuleProbe: () => unknown }).dieuleProbe());
      expect(result).toMatchObject({
        records: 1,
        rule: 'identity.citizenId.matchesPerson',
        workingDay: true,
        tet: false,
      });
      expect(JSON.stringify(result)).not.toContain('087084000999');
    } finally {
      await browser.close();
    }
  });
});
