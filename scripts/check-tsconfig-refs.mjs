#!/usr/bin/env node
// TypeScript project references follow workspace dependencies: every package whose package.json depends on another
// workspace package (dependencies, devDependencies, peer or optional, `workspace:` protocol) lists that package's
// directory in its tsconfig.json `references`, and lists no workspace package it does not depend on (a stale entry).
// A missing reference makes `tsc -b` type-check against stale or missing declarations; a stale one slows every build.
//
//   node scripts/check-tsconfig-refs.mjs [--root <dir>]    exit 0 when consistent, 1 with one line per problem
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const DEP_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];

/** tsconfig files are JSONC: drop comments and trailing commas (strings are kept intact). */
function parseJsonc(text) {
  const noComments = text.replace(/("(?:\\.|[^"\\])*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (_m, str) => str ?? '');
  return JSON.parse(noComments.replace(/,(\s*[}\]])/g, '$1'));
}

/** The workspace's package directories, from pnpm-workspace.yaml's `dir/*` globs. */
function workspaceDirs(root) {
  const yaml = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8');
  const globs = [...yaml.matchAll(/^\s*-\s*['"]?([^'"\n#]+?)\/\*['"]?\s*$/gm)].map((m) => m[1]);
  return globs.flatMap((g) =>
    existsSync(join(root, g))
      ? readdirSync(join(root, g), { withFileTypes: true })
          .filter((d) => d.isDirectory() && existsSync(join(root, g, d.name, 'package.json')))
          .map((d) => join(root, g, d.name))
      : [],
  );
}

/** Every inconsistency between workspace dependencies and tsconfig references under `root`, as sentences. */
export function checkTsconfigRefs(root) {
  const dirs = workspaceDirs(root);
  const byName = new Map(dirs.map((d) => [JSON.parse(readFileSync(join(d, 'package.json'), 'utf8')).name, d]));
  const problems = [];
  for (const dir of dirs) {
    const tsconfig = join(dir, 'tsconfig.json');
    if (!existsSync(tsconfig)) continue;
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const where = relative(root, dir);
    const deps = new Map();
    for (const field of DEP_FIELDS)
      for (const [name, spec] of Object.entries(pkg[field] ?? {}))
        if (String(spec).startsWith('workspace:') && byName.has(name) && byName.get(name) !== dir)
          deps.set(resolve(byName.get(name)), name);
    const refs = new Set(
      (parseJsonc(readFileSync(tsconfig, 'utf8')).references ?? []).map((r) => {
        const p = resolve(dir, r.path);
        return p.endsWith('.json') ? dirname(p) : p;
      }),
    );
    for (const [depDir, name] of deps)
      if (!refs.has(depDir) && existsSync(join(depDir, 'tsconfig.json')))
        problems.push(`${where}: depends on ${name} but tsconfig.json has no reference to ${relative(dir, depDir)}`);
    const workspace = new Set(dirs.map((d) => resolve(d)));
    for (const ref of refs)
      if (workspace.has(ref) && !deps.has(ref))
        problems.push(
          `${where}: tsconfig.json references ${relative(dir, ref)}, which package.json does not depend on (stale)`,
        );
  }
  return problems;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const rootArg = process.argv.indexOf('--root');
  const root = resolve(rootArg >= 0 ? process.argv[rootArg + 1] : '.');
  const problems = checkTsconfigRefs(root);
  for (const p of problems) console.error(p);
  if (problems.length) {
    console.error(`${problems.length} tsconfig reference problem(s)`);
    process.exitCode = 1;
  } else console.log('tsconfig references follow workspace dependencies');
}
