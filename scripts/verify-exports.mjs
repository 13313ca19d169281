#!/usr/bin/env node
// Module resolution check (after `pnpm run build`): every export subpath of every published package loads from its
// built files through Node's own resolver, as ESM (import) and, where declared, as CommonJS (require).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

let failures = 0;
let checked = 0;
for (const dir of readdirSync('packages')) {
  const pkg = JSON.parse(readFileSync(join('packages', dir, 'package.json'), 'utf8'));
  if (pkg.private || !pkg.exports) continue;
  for (const [sub, target] of Object.entries(pkg.exports)) {
    if (sub.endsWith('package.json')) continue;
    const spec = pkg.name + sub.slice(1);
    const forms = [
      [
        'esm',
        `import(${JSON.stringify(spec)}).then((m) => { if (!Object.keys(m).length) throw new Error('no exports') })`,
      ],
    ];
    if (typeof target === 'object' && target.require)
      forms.push([
        'cjs',
        `const m = require(${JSON.stringify(spec)}); if (!Object.keys(m).length) throw new Error('no exports')`,
      ]);
    for (const [form, code] of forms) {
      checked++;
      const r = spawnSync(
        process.execPath,
        form === 'esm' ? ['--input-type=module', '-e', `await ${code}`] : ['-e', code],
        {
          cwd: join('packages', dir),
          encoding: 'utf8',
        },
      );
      if (r.status !== 0) {
        failures++;
        console.error(
          `✗ ${spec} (${form}): ${(r.stderr || '').split('\n').find((l) => l.includes('Error')) ?? r.stderr}`,
        );
      }
    }
  }
}
console.log(`${checked - failures}/${checked} entry points resolve`);
process.exit(failures ? 1 : 0);
