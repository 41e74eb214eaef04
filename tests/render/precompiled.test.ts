// The built-in templates precompiled at package build (dist/render/builtin-templates.cjs)
// render exactly what compiling them at run time renders: every example's preview through
// the built CLI equals its golden text, which the source-compiled path is held to.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireBuilt } from '../support/built.js';
import { builtinStamp } from '../../src/render/precompiled.js';
import { exampleNames } from '../support/example-data.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const precompiled = path.join(root, 'dist', 'render', 'builtin-templates.cjs');

describe('precompiled built-in templates', () => {
  beforeAll(requireBuilt);
  it('were made from the templates as they are now', async () => {
    const mod = (await import(precompiled)) as { default: { stamp: string } };
    expect(mod.default.stamp).toBe(builtinStamp());
  });

  for (const name of exampleNames()) {
    it(`${name}: the built CLI's preview equals the golden text`, async () => {
      const { stdout } = await run(process.execPath, [path.join(root, 'bin', 'summary.js'), 'preview', `examples/${name}.yaml`], { cwd: root });
      expect(stdout).toBe(readFileSync(path.join(root, 'tests', 'golden', `${name}.md`), 'utf8'));
    });
  }
});
