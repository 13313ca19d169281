/**
 * The dieule docs site (VitePress 1.6, Node 20). Vietnamese at the root, English under /en/. The rule, document and
 * change pages, the sidebar and the version/hash data are generated from the code by scripts/catalogue.ts; the API
 * reference is typedoc's Markdown output in docs/api (not committed; `pnpm run docs` makes it).
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DefaultTheme, defineConfig, type MarkdownRenderer } from 'vitepress';
import sidebars from './generated/sidebar.json' with { type: 'json' };
import site from './generated/site.json' with { type: 'json' };

const docsDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repo = 'https://github.com/dieule/dieule';

// ── API reference (typedoc) ──────────────────────────────────────────────────────────────
const apiDir = join(docsDir, 'api');
const hasApi = existsSync(join(apiDir, 'index.md'));
const apiFiles = hasApi
  ? readdirSync(apiDir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && d.name.endsWith('.md'))
      .map((d) => relative(apiDir, join(d.parentPath, d.name)).split('\\').join('/'))
      .sort()
  : [];
// The English locale mirrors the API pages (the language switch must never 404). docs/en/api is not committed.
for (const f of apiFiles) {
  const target = join(docsDir, 'en/api', f);
  mkdirSync(dirname(target), { recursive: true });
  const up = '../'.repeat(f.split('/').length + 1);
  writeFileSync(target, `<!--@include: ${up}api/${f}-->\n`);
}
function apiSidebar(): DefaultTheme.SidebarItem[] {
  const groups = new Map<string, DefaultTheme.SidebarItem[]>();
  for (const f of apiFiles) {
    if (f === 'index.md') continue;
    const parts = f.replace(/\.md$/, '').split('/');
    const pkg = parts.slice(0, 2).join('/');
    const rest = parts.slice(2).join('/') || 'index';
    const list = groups.get(pkg) ?? [];
    list.push({ text: rest === 'index' ? pkg : rest, link: `/api/${f}` });
    groups.set(pkg.replace(/\.md$/, ''), list);
  }
  return [
    { text: 'API', link: '/api/index.md' },
    ...[...groups].map(([pkg, items]) => ({ text: pkg, items })),
  ];
}

// ── Links that leave docs/ (../../examples/…) point to the repository ───────────────────────
function repoLinks(md: MarkdownRenderer) {
  md.core.ruler.push('dieule-repo-links', (state) => {
    const page: string = (state.env as { relativePath?: string }).relativePath ?? '';
    const source = page.replace(/^en\//, '');
    for (const block of state.tokens) {
      for (const t of block.children ?? []) {
        if (t.type !== 'link_open') continue;
        const href = t.attrGet('href');
        if (!href || /^[a-z]+:|^#|^\//i.test(href)) continue;
        const target = posix.normalize(posix.join(posix.dirname(source), href));
        if (target.startsWith('../')) t.attrSet('href', `${repo}/blob/main/${target.slice(3)}`);
      }
    }
  });
}

// Diacritic-free search: "ket nap" finds "kết nạp". Self-contained (VitePress serializes it for the browser).
const processTerm = (term: string) =>
  term
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');

// Words, plus each dotted id whole ("member.admission.age") and in parts, so a rule is found by its id.
const tokenize = (text: string) => {
  const out: string[] = [];
  for (const t of text.split(/[\s,;:!?()"'`[\]{}<>|/\\*=+&%$#@^~…“”‘’–—]+/u)) {
    const w = t.replace(/^[._-]+|[._-]+$/g, '');
    if (!w) continue;
    out.push(w);
    if (/[._-]/.test(w)) for (const part of w.split(/[._-]+/)) if (part) out.push(part);
  }
  return out;
};

const nav = (l: 'vi' | 'en'): DefaultTheme.NavItem[] => {
  const p = l === 'vi' ? '/' : '/en/';
  return [
    { text: l === 'vi' ? 'Quy tắc' : 'Rules', link: `${p}rules/index.md` },
    { text: l === 'vi' ? 'Văn bản' : 'Documents', link: `${p}documents/index.md` },
    { text: l === 'vi' ? 'Thay đổi' : 'Changes', link: `${p}changes/index.md` },
    { text: l === 'vi' ? 'Chạy thử' : 'Playground', link: `${p}playground.md` },
    { text: 'API', link: `${p}api/index.md` },
    { text: `v${site.version}`, link: `${repo}/releases` },
  ];
};

export default defineConfig({
  title: 'dieule',
  description: 'Quy tắc công tác tổ chức xây dựng Đảng, có căn cứ và thời hạn hiệu lực',
  lang: 'vi',
  cleanUrls: false,
  lastUpdated: false,
  srcExclude: ['**/README.md'],
  ignoreDeadLinks: hasApi ? false : [/\/api\//],
  markdown: { config: repoLinks },
  // The playground bundles @dieule/core from its TypeScript sources (no package build needed first).
  vite: {
    resolve: { conditions: ['@dieule/source'] },
    ssr: { noExternal: [/^@dieule\//], resolve: { conditions: ['@dieule/source'] } },
    build: {
      // The playground chunk carries @dieule/core and zod (~0.5 MB); it is loaded only on the playground page.
      chunkSizeWarningLimit: 1500,
      rollupOptions: {
        onwarn(w, warn) {
          if (w.code !== 'INVALID_ANNOTATION') warn(w);
        },
      },
    },
  },
  head: [
    ['link', { rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }],
    ['meta', { name: 'dieule-rule-set-hash', content: site.ruleSetHash }],
  ],
  locales: {
    root: {
      label: 'Tiếng Việt',
      lang: 'vi',
      themeConfig: {
        nav: nav('vi'),
        sidebar: { '/api/': apiSidebar(), ...(sidebars.vi as DefaultTheme.SidebarMulti) },
        outline: { label: 'Trên trang này', level: [2, 3] },
        docFooter: { prev: 'Trang trước', next: 'Trang sau' },
        darkModeSwitchLabel: 'Giao diện',
        sidebarMenuLabel: 'Mục lục',
        returnToTopLabel: 'Lên đầu trang',
        langMenuLabel: 'Đổi ngôn ngữ',
        footer: { message: `${site.library} ${site.version} · mã bộ quy tắc ${site.ruleSetHash}` },
      },
    },
    en: {
      label: 'English',
      lang: 'en',
      link: '/en/',
      themeConfig: {
        nav: nav('en'),
        sidebar: { '/en/api/': apiSidebar().map(toEn), ...(sidebars.en as DefaultTheme.SidebarMulti) },
        footer: { message: `${site.library} ${site.version} · rule-set hash ${site.ruleSetHash}` },
      },
    },
  },
  themeConfig: {
    search: {
      provider: 'local',
      options: {
        miniSearch: {
          options: { processTerm, tokenize },
          searchOptions: {
            prefix: true,
            fuzzy: 0.1,
            // Rule pages first; the page of a rule whose whole id was typed above every page that mentions it.
            boostDocument: (id: string, term: string) => {
              const url = id.toLowerCase();
              if (!url.includes('/rules/')) return 1;
              return term.includes('.') && url.includes(`/${term}.html`) ? 20 : 1.5;
            },
          },
        },
        locales: {
          root: {
            translations: {
              button: { buttonText: 'Tìm kiếm', buttonAriaLabel: 'Tìm kiếm' },
              modal: {
                displayDetails: 'Hiện chi tiết',
                resetButtonTitle: 'Xóa tìm kiếm',
                backButtonTitle: 'Đóng',
                noResultsText: 'Không tìm thấy kết quả cho',
                footer: { selectText: 'chọn', navigateText: 'di chuyển', closeText: 'đóng' },
              },
            },
          },
        },
      },
    },
    socialLinks: [{ icon: 'github', link: repo }],
  },
});

function toEn(item: DefaultTheme.SidebarItem): DefaultTheme.SidebarItem {
  return {
    ...item,
    ...(item.link ? { link: item.link.replace(/^\/api\//, '/en/api/') } : {}),
    ...(item.items ? { items: item.items.map(toEn) } : {}),
  };
}
