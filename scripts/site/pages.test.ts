/** The generated pages, without a browser: one page per rule and document in both languages, the example plugin kept
 * apart, the right hash, no raw enum values in Vietnamese prose, and a regime change diffed as the regulation says. */
import { coreEngine, engineWith, type RulePack } from '@dieule/core';
import { compilePlugin } from '@dieule/plugin-sdk';
import { describe, expect, it } from 'vitest';
import { plugin } from '../../examples/plugin-local-rules/src/index.js';
import { generateSite } from './pages.js';
import { ruleSlug } from './text.js';

const core = coreEngine();
const pack = compilePlugin(plugin) as RulePack;
const files = generateSite({ core, withExample: engineWith([pack]), examplePack: pack });
const prose = (md: string) =>
  md
    .replace(/## Mã thông báo[\s\S]*$/, '') // the message table shows the English messages too
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`]*`/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\([^)]*\)/g, '');

describe('generated site pages', () => {
  it('has a page per core rule and per document in both languages, stamped with the core rule-set hash', () => {
    for (const base of ['docs/', 'docs/en/']) {
      for (const e of core.catalogue()) {
        const page = files.get(`${base}rules/${ruleSlug(e.id)}.md`);
        expect(page, e.id).toBeDefined();
        expect(page).toContain(core.ruleSetHash);
      }
      for (const d of core.documents.list()) expect(files.has(`${base}documents/${d.id}.md`), d.id).toBe(true);
    }
  });

  it('keeps the example plugin’s rules out of the catalogue and on the plugin guide, marked as an example', () => {
    const ids = pack.rules.map((r) => r.id);
    const catalogue = files.get('docs/rules/index.md') ?? '';
    for (const id of ids) {
      expect(catalogue).not.toContain(id);
      expect(files.has(`docs/rules/${ruleSlug(id)}.md`)).toBe(false);
      expect(files.get('docs/guides/example-plugin-rules.md')).toContain(id);
    }
    expect(files.get('docs/guides/example-plugin-rules.md')).toContain('::: warning Ví dụ');
  });

  it('writes no raw severity or confidence value in Vietnamese prose', () => {
    for (const [path, text] of files) {
      if (!path.endsWith('.md') || path.startsWith('docs/en/') || path.includes('example-plugin')) continue;
      if (path === 'docs/records.md') continue;
      expect(prose(text), path).not.toMatch(/\b(verified|secondary|recalled|carried-over|warning|error)\b/);
    }
  });

  // Issue #14 "done means": no version shown as running "→ now" (nay / now) cites a document the registry closes.
  it('shows no open version ("nay" / "now") citing a document the registry says was replaced', () => {
    let open = 0;
    for (const [path, text] of files) {
      if (!/^docs\/(en\/)?rules\/.+\.md$/.test(path)) continue;
      for (const row of text.split('\n')) {
        const cells = row.split(' | ');
        if (!row.startsWith('| ') || (cells[1] !== 'nay' && cells[1] !== 'now')) continue;
        open++;
        for (const [, id] of row.matchAll(/\/documents\/([^/)]+)\.md\)/g)) {
          const doc = core.documents.get(id!);
          expect(doc, `${path}: ${id}`).toBeDefined();
          expect(doc!.effective.to, `${path} shows an open version citing ${id}`).toBeNull();
        }
      }
    }
    expect(open).toBeGreaterThan(100);
    // and the document pages of replaced texts give their end date
    for (const d of core.documents.list().filter((x) => x.replacedBy?.length))
      expect(files.get(`docs/documents/${d.id}.md`), d.id).toMatch(/- Hết hiệu lực: \d{2}\/\d{2}\/\d{4}/);
  });

  it('diffs 1/7/2025: the admission decision deadline goes from 60 to 45 working days', () => {
    const page = files.get('docs/en/changes/2025-07-01.md') ?? '';
    expect(page).toContain('294-QĐ/TW');
    expect(page).toMatch(/member\.admission\.decisionWorkingDays`\) \| 60 \| 45 \|/);
  });
});
