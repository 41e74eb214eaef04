#!/usr/bin/env node
// Part of `npm run build`, after tsc and the precompiled templates: one bundled,
// minified entry per command in dist/bundle/, which bin/summary.js loads.
// A cold start used to load ~200 ES modules one by one (resolution and reads
// were a quarter of a build); a command's bundle is one file holding its own
// code only (`check` runs no renderer and holds no docx; `init` and `schema`
// hold neither).
//
// The bundle is made from tsc's output (dist/), so the code is the code the
// tests run; only the linking differs, and tests/e2e/bundle.test.ts holds the
// bundled CLI's output byte for byte to the unbundled one's.
//
// Within a bundle, what a command reaches only by a dynamic import (the
// renderer for `check`, whose worker code can also build; the ledger reader)
// is wrapped by esbuild and never run unless that import runs. The .docx
// writer (docx, a quarter of a build's bundle) is a bundle of its own,
// dist/bundle/docx-writer.js, read only when a .docx is written: `check`,
// `init` and `build --format md` never read it. It is reached only by dynamic
// imports (the build stops if anything imports it statically) and shares no
// module that keeps state with its callers.
//
// Measured (2 cores, load ~5, CPU medians of 15 cold builds): one file per
// command 340 ms; the writer apart 330 ms; the renderer apart too 350 ms (it
// pulls zod in a second time through schema/year.js); esbuild's own code
// splitting 330 ms for build and +20 ms for check (~60 small chunks).
//
// Layout, on which the modules' own file lookups rely: dist/bundle/ is two
// levels below the package, like dist/cli/ (package.json, schema/ and
// templates/ are found at ../../); the precompiled templates are copied beside
// the entries (src/render/precompiled.ts looks for ./builtin-templates.cjs),
// and the batch's and check's worker threads start dist/bundle/worker.js
// (SUMMARY_BUNDLE_WORKER, read by src/cli/worker-url.ts).
import { analyzeMetafile, build, transform } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const outdir = `${dist}bundle`;

/** Entry name → the command registrations it runs; `summary` (help, --version, a mistyped command) has them all. */
const COMMANDS = {
  build: ['commands/build.js', 'registerBuild'], // build and preview
  check: ['commands/check.js', 'registerCheck'],
  init: ['commands/init.js', 'registerInit'],
  schema: ['commands/schema.js', 'registerSchema'],
  ledger: ['commands/ledger.js', 'registerLedger'],
  convert: ['commands/convert.js', 'registerConvert'],
};

/** The source of one command's entry: run(argv, io) over that command alone, as main.ts's run is over all. */
function entrySource(name) {
  if (name === 'summary') return `export { run, quietWhenClosed } from './main.js';\n`;
  const [file, register] = COMMANDS[name];
  return [
    `import { runCommands } from './program.js';`,
    `import { ${register} } from './${file}';`,
    `export { quietWhenClosed } from './closed-pipe.js';`,
    `export const run = (argv, io) => runCommands([${register}], argv, io);`,
    '',
  ].join('\n');
}

/** Module (under dist/) → the bundle it heads, loaded when its dynamic import runs. */
const LAZY = {
  'write/docx/write-docx.js': 'docx-writer',
};

/**
 * Packages that are bundles of their own, by the same rule as LAZY: pinyin-pro (its dictionary was a third
 * of build.js, ~470 KB of 1.2 MB minified) is imported only by the roll-up's pinyin order, so a build that
 * writes no roll-up neither reads nor parses it.
 */
const LAZY_PACKAGES = {
  'pinyin-pro': 'pinyin',
};

/** A dynamic import of a LAZY module becomes an import of its bundle; any other import of one stops the build. */
const lazyParts = {
  name: 'lazy-parts',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^(${Object.keys(LAZY_PACKAGES).join('|')})$`) }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      if (args.kind !== 'dynamic-import') return { errors: [{ text: `${args.path} is a lazy bundle (scripts/bundle.mjs LAZY_PACKAGES) but ${args.importer} imports it statically` }] };
      return { path: `./${LAZY_PACKAGES[args.path]}.js`, external: true };
    });
    b.onResolve({ filter: /\.js$/ }, (args) => {
      if (!args.resolveDir.startsWith(dist) || !args.path.startsWith('.')) return undefined;
      const rel = path.relative(dist, path.resolve(args.resolveDir, args.path)).split(path.sep).join('/');
      if (!(rel in LAZY) || args.kind === 'entry-point') return undefined;
      if (args.kind !== 'dynamic-import') return { errors: [{ text: `${rel} is a lazy bundle (scripts/bundle.mjs LAZY) but ${args.importer} imports it statically` }] };
      return { path: `./${LAZY[rel]}.js`, external: true };
    });
  },
};

/**
 * exceljs stays in node_modules (~190 CommonJS packages, needed only for a
 * ledger). An external `import ExcelJS from 'exceljs'` would be hoisted to the
 * top of the bundle and load it as every command starts; instead a static
 * import becomes a bundled one-line module that requires it, which esbuild
 * initialises only when its importer is (the ledger writer, reached by a
 * dynamic import). Dynamic imports of it stay as they are.
 */
const lateExcel = {
  name: 'late-exceljs',
  setup(b) {
    b.onResolve({ filter: /^exceljs$/ }, (args) => (args.kind === 'import-statement' ? { path: 'exceljs', namespace: 'late' } : { external: true }));
    b.onResolve({ filter: /^exceljs$/, namespace: 'late' }, () => ({ external: true }));
    b.onLoad({ filter: /.*/, namespace: 'late' }, () => ({ contents: `module.exports = require('exceljs');`, loader: 'js' }));
  },
};

/** Serves each entry's source from memory, resolving its imports in dist/cli/. */
const entries = {
  name: 'command-entries',
  setup(b) {
    b.onResolve({ filter: /^entry:/ }, (args) => ({ path: args.path.slice('entry:'.length), namespace: 'entry' }));
    b.onLoad({ filter: /.*/, namespace: 'entry' }, (args) => ({ contents: entrySource(args.path), resolveDir: `${dist}cli`, loader: 'js' }));
  },
};

mkdirSync(outdir, { recursive: true });
const result = await build({
  entryPoints: [
    ...['summary', ...Object.keys(COMMANDS)].map((name) => ({ in: `entry:${name}`, out: name })),
    { in: `${dist}batch/worker.js`, out: 'worker' },
    ...Object.entries(LAZY).map(([file, name]) => ({ in: `${dist}${file}`, out: name })),
    ...Object.entries(LAZY_PACKAGES).map(([pkg, name]) => ({ in: fileURLToPath(import.meta.resolve(pkg)), out: name })),
  ],
  outdir,
  write: false,
  bundle: true,
  splitting: false,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // `--profile`: readable code whose module names (esbuild's `// dist/…` comments) a CPU profile can be read against.
  minify: !process.argv.includes('--profile'),
  define: { SUMMARY_BUNDLE_WORKER: '"./worker.js"' },
  // Bundled CommonJS (commander, handlebars) calls require() for Node's own modules.
  banner: { js: `import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);` },
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [entries, lazyParts, lateExcel],
  metafile: true,
});
// The precompiled templates, beside the renderer that looks for them, minified like the rest.
const templates = await transform(readFileSync(`${dist}render/builtin-templates.cjs`, 'utf8'), { minify: !process.argv.includes('--profile'), format: 'cjs', target: 'node20', legalComments: 'none' });

// A package left outside the bundles (exceljs) may be imported at the top of a lazy part only: anywhere
// else the import would run as the command starts, as it would for `summary --help`.
for (const [file, out] of Object.entries(result.metafile.outputs)) {
  const eager = out.imports.filter((i) => i.external && i.kind === 'import-statement' && !isBuiltin(i.path) && !i.path.startsWith('./'));
  const lazy = [...Object.values(LAZY), ...Object.values(LAZY_PACKAGES)].some((name) => file.endsWith(`/${name}.js`));
  if (eager.length > 0 && !lazy) throw new Error(`${file} imports ${eager.map((i) => i.path).join(', ')} as it starts; import it dynamically or make its importer a LAZY part`);
}

// Modules in more than one of the files a command can load (its entry and the lazy parts it reaches):
// each copy is a second module instance, harmless only for stateless code; said, so it is looked at.
const outputs = result.metafile.outputs;
const reach = (file, seen = new Set()) => {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const i of outputs[file].imports) if (i.external && i.path.startsWith('./')) reach(path.posix.join(path.posix.dirname(file), i.path), seen);
  return seen;
};
for (const file of Object.keys(outputs)) {
  if ([...Object.values(LAZY), ...Object.values(LAZY_PACKAGES)].some((name) => file.endsWith(`/${name}.js`))) continue;
  const count = new Map();
  for (const f of reach(file)) for (const input of Object.keys(outputs[f].inputs)) count.set(input, (count.get(input) ?? 0) + 1);
  const twice = [...count].filter(([, n]) => n > 1).map(([input]) => input);
  if (twice.length > 0 && process.argv.includes('--analyze')) console.log(`${file} and its lazy parts both hold: ${twice.join(', ')}`);
}

// Each file is written beside its place and renamed over it, and files of an earlier build that this one
// did not make are removed last: a CLI started while the package is rebuilt (npm pack's prepack, during the
// tests) reads a whole old file or a whole new one, never half of one, and never finds the folder empty.
const written = new Map(result.outputFiles.map((f) => [path.basename(f.path), f.contents]));
written.set('builtin-templates.cjs', templates.code);
for (const [name, contents] of written) {
  const temp = path.join(outdir, `.${name}.${process.pid}.tmp`);
  writeFileSync(temp, contents);
  renameSync(temp, path.join(outdir, name));
}
for (const name of readdirSync(outdir)) if (!written.has(name) && !name.startsWith('.')) rmSync(path.join(outdir, name), { force: true });

// `node scripts/bundle.mjs --analyze`: what each entry holds, by input file, largest first.
if (process.argv.includes('--analyze')) console.log(await analyzeMetafile(result.metafile));
