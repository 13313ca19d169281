/**
 * The docs site in a real browser (playwright-core driving Debian Chromium) over the built site: every page loads
 * without a console error, no internal link is broken, search finds a rule typed without diacritics, the playground
 * validates a sample offline and shows a cited issue, the language switch works, axe-core finds no serious
 * violation, and every rule page shows the package's version and rule-set hash. Screenshots go to
 * $SITE_ARTIFACTS (default .site-artifacts/) for CI to keep.
 *
 *   pnpm run docs && pnpm run docs:test
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { coreEngine, LIBRARY } from '@dieule/core';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileFor, serve } from './serve.js';
import { ruleSlug } from './text.js';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'docs/.vitepress/dist');
const shots = resolve(root, process.env.SITE_ARTIFACTS ?? '.site-artifacts', 'screenshots');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const corePkg = JSON.parse(readFileSync(join(root, 'packages/core/package.json'), 'utf8')) as { version: string };

let browser: Browser;
let server: Server;
let origin: string;

beforeAll(async () => {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('No built site: run `pnpm run docs` first.');
  if (!existsSync(chromiumPath)) throw new Error(`No Chromium at ${chromiumPath} (apt-get install chromium).`);
  mkdirSync(shots, { recursive: true });
  ({ server, origin } = await serve(dist));
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});
afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
});

const htmlFiles = (): string[] =>
  readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html') && d.name !== '404.html')
    .map((d) => `/${relative(dist, join(d.parentPath, d.name)).split('\\').join('/')}`)
    .sort();
const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
const linksOf = (html: string): string[] =>
  [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)].map((m) => decode(m[1] ?? ''));
const idsOf = (html: string): Set<string> =>
  new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1] ?? '')));

async function axe(page: Page) {
  await page.addScriptTag({ content: axeSource });
  const res = (await page.evaluate(
    `axe.run(document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })`,
  )) as { violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] };
  return res.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

describe('the built site', () => {
  it('has a page for every rule and every document, in both languages, showing the package version and rule-set hash', () => {
    const engine = coreEngine();
    expect(LIBRARY.version).toBe(corePkg.version);
    const missing: string[] = [];
    for (const prefix of ['/', '/en/']) {
      for (const e of engine.catalogue()) {
        const file = fileFor(dist, `${prefix}rules/${ruleSlug(e.id)}.html`);
        if (!file) {
          missing.push(`${prefix}rules/${e.id}`);
          continue;
        }
        const html = readFileSync(file, 'utf8');
        expect(html, e.id).toContain(`data-rule-set-hash>${engine.ruleSetHash}<`);
        expect(html, e.id).toContain(`${LIBRARY.name} ${corePkg.version}`);
      }
      for (const d of engine.documents.list())
        if (!fileFor(dist, `${prefix}documents/${d.id}.html`)) missing.push(`${prefix}documents/${d.id}`);
    }
    expect(missing).toEqual([]);
  });

  it('has no broken internal link (crawled from the home pages; anchors included)', () => {
    const pages = htmlFiles();
    expect(pages.length).toBeGreaterThan(100);
    const broken: string[] = [];
    const seen = new Set<string>();
    const queue = ['/index.html', '/en/index.html'];
    const ids = new Map<string, Set<string>>();
    const read = (file: string) => readFileSync(file, 'utf8');
    while (queue.length) {
      const page = queue.shift() ?? '';
      if (seen.has(page)) continue;
      seen.add(page);
      const html = read(fileFor(dist, page) ?? '');
      for (const href of linksOf(html)) {
        if (/^(https?:|mailto:|javascript:)/i.test(href) || href === '') continue;
        const url = new URL(href, `http://site${page}`);
        const file = fileFor(dist, url.pathname);
        if (!file) {
          broken.push(`${page} → ${href}`);
          continue;
        }
        const target = `/${relative(dist, file).split('\\').join('/')}`;
        // typedoc's own anchor slugs differ from VitePress's: API links are checked for their page only.
        if (url.hash.length > 1 && !target.startsWith('/api/') && !target.startsWith('/en/api/')) {
          if (!ids.has(target)) ids.set(target, idsOf(read(file)));
          if (!ids.get(target)?.has(decodeURIComponent(url.hash.slice(1))))
            broken.push(`${page} → ${href} (no anchor)`);
        }
        if (target.endsWith('.html') && !seen.has(target)) queue.push(target);
      }
    }
    expect(broken).toEqual([]);
    // every rule page is reachable from the home pages
    const unreachable = pages.filter((p) => /\/rules\//.test(p) && !seen.has(p));
    expect(unreachable).toEqual([]);
  });

  it('loads every page in Chromium without a console error', async () => {
    const pages = htmlFiles();
    const errors: string[] = [];
    const workers = 3;
    await Promise.all(
      Array.from({ length: workers }, async (_, w) => {
        const ctx = await browser.newContext();
        const page = await ctx.newPage();
        let current = '';
        page.on('console', (m) => {
          if (m.type() === 'error') errors.push(`${current}: ${m.text()}`);
        });
        page.on('pageerror', (e) => errors.push(`${current}: ${e.message}`));
        page.on('response', (r) => {
          if (r.status() >= 400) errors.push(`${current}: HTTP ${r.status()} for ${r.url()}`);
        });
        for (let i = w; i < pages.length; i += workers) {
          current = pages[i] ?? '';
          // The largest page (the API page of core's root entry) is about 1.4 MB of HTML since member events and the
          // member record carry named types; 60 s leaves room over playwright's 30 s default on a loaded machine.
          const res = await page.goto(origin + current, { waitUntil: 'load', timeout: 60_000 });
          if (!res?.ok()) errors.push(`${current}: HTTP ${res?.status()}`);
        }
        await ctx.close();
      }),
    );
    expect(errors).toEqual([]);
  });

  it('finds a rule by its Vietnamese words with or without diacritics, and by its id', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}/index.html`, { waitUntil: 'networkidle' });
    const search = async (q: string) => {
      await page.locator('.DocSearch-Button').first().click();
      const input = page.locator('#localsearch-input');
      await input.fill(q);
      await page.locator('.results .result').first().waitFor();
      const hrefs = await page.locator('.results .result').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      await page.keyboard.press('Escape');
      return hrefs.join(' ');
    };
    expect(await search('ket nap')).toMatch(/\/rules\/member\.admission\./);
    expect(await search('kết nạp')).toMatch(/\/rules\/member\.admission\./);
    await page.locator('.DocSearch-Button').first().click();
    await page.locator('#localsearch-input').fill('tuoi vao dang');
    await page.locator('.results .result').first().waitFor();
    await page.screenshot({ path: join(shots, 'search-tuoi-vao-dang.png') });
    await page.keyboard.press('Escape');
    expect(await search('member.admission.age')).toContain('/rules/member.admission.age.html');
    await page.close();
  });

  it('runs the playground in the browser: a cited issue linked to its rule page, and no request made', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(`${origin}/playground.html`, { waitUntil: 'networkidle' });
    await page.locator('[data-testid=playground-run]').waitFor();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
    await page.locator('[data-testid=playground-run]').click();
    const issue = page.locator('[data-testid=playground-issue]').first();
    await issue.waitFor();
    const rows = await page.locator('[data-testid=playground-issue]').allInnerTexts();
    expect(rows.join('\n')).toContain('member.admission.age');
    expect(rows.join('\n')).toMatch(/Quy định 24-QĐ\/TW/);
    const ruleHref = await page
      .locator('[data-testid=playground-issue] a[href*="/rules/member.admission.age"]')
      .first();
    expect(await ruleHref.getAttribute('href')).toBe('/rules/member.admission.age.html');
    expect(await page.locator('[data-testid=playground-report]').textContent()).toContain(coreEngine().ruleSetHash);
    expect(requests).toEqual([]);
    // English report on the English page
    await page.goto(`${origin}/en/playground.html`, { waitUntil: 'networkidle' });
    await page.locator('[data-testid=playground-run]').click();
    await page.locator('[data-testid=playground-issue]').first().waitFor();
    expect((await page.locator('[data-testid=playground-issue]').allInnerTexts()).join('\n')).toContain(
      'the applicant was',
    );
    await page.close();
  });

  it('switches language from a Vietnamese rule page to its English page', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}/rules/member.admission.age.html`, { waitUntil: 'networkidle' });
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await page.locator('.VPNavBarTranslations').hover();
    await page.locator('.VPNavBarTranslations a', { hasText: 'English' }).click();
    await page.waitForURL(/\/en\/rules\/member\.admission\.age\.html$/);
    await page.locator('h1', { hasText: 'Applicant age' }).waitFor();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.close();
  });

  it('has no serious accessibility violation (axe-core) on the home page, a rule page and the playground', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const found: Record<string, string[]> = {};
    for (const [name, path] of [
      ['home', '/index.html'],
      ['home-en', '/en/index.html'],
      ['rule', '/rules/member.admission.age.html'],
      ['rule-en', '/en/rules/member.admission.age.html'],
      ['playground', '/playground.html'],
    ] as const) {
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      if (name === 'playground') {
        await page.locator('[data-testid=playground-run]').click();
        await page.locator('[data-testid=playground-issue]').first().waitFor();
      }
      await page.screenshot({ path: join(shots, `${name}.png`), fullPage: name !== 'rule' && name !== 'rule-en' });
      const v = await axe(page);
      if (v.length) found[name] = v;
    }
    await page.close();
    expect(found).toEqual({});
  });
});
