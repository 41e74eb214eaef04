/**
 * `summary preview FILE --serve`: the report as a live page on this machine.
 * The command line's part only: which offices, with which options (the same
 * `build` would use), an address printed, the write button's words taken from
 * `build` itself (tellBuilt), and a clean stop on Ctrl-C. The page and its
 * server are src/preview/.
 */
import { EXIT } from '../../office/exit-code.js';
import { VALIDATED, type OfficeOptions } from '../../office/types.js';
import type { PreviewOffice, WriteAnswer } from '../../preview/server.js';
import { showFrom } from '../display-paths.js';
import type { CommandContext } from '../io.js';
import { printDiagnostics } from '../print-diagnostics.js';

export interface ServeFlags {
  templates?: string;
  previous?: string;
  out?: string;
  name?: string;
  port?: number;
  allowOutside?: boolean;
  annex?: boolean;
}

export async function servePreview(given: string, flags: ServeFlags, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const { expandInputs } = await import('../../inputs/expand.js');
  const { officeOptions } = await import('../../batch/build-options.js');
  const { OfficePreview } = await import('../../preview/office-view.js');
  const { startPreviewServer } = await import('../../preview/server.js');
  const show = showFrom(io.cwd);

  // The inputs are expanded as build expands them (one decision: one office alone, or many), and each
  // office gets the options `build` would give it, so the page's button writes what build would.
  const expanded = await expandInputs([given], { cwd: io.cwd, ...(flags.allowOutside && { allowOutside: true }) });
  if (!expanded.alone && (flags.name !== undefined || flags.previous !== undefined)) {
    io.stderr.write('预览多个单位时不能用 --name、--previous；请在批量文件中为每个单位写 fileName、previous（见 docs/batch.md“批量文件”）。\n');
    return EXIT.failure;
  }
  printDiagnostics(expanded.diagnostics, new Map(), ctx, true);
  // A name typed wrong stops here, as `build` and `preview` without --serve do (exit 2), rather than serving a page that only says so.
  if (expanded.jobs.length === 0) {
    if (expanded.diagnostics.length === 0) io.stderr.write(`“${given}”里没有可以预览的单位。\n`);
    return EXIT.failure;
  }
  const build = {
    format: 'docx' as const,
    ...(flags.out !== undefined && { outDir: flags.out }),
    ...(flags.templates !== undefined && { templatesDir: flags.templates }),
    ...(expanded.alone && flags.name !== undefined && { fileName: flags.name }),
    ...(expanded.alone && flags.previous !== undefined && { previous: flags.previous }),
    ...(flags.allowOutside && { allowOutside: true }),
    ...(flags.annex && { annex: true }),
  };
  const offices: { input: string; options: OfficeOptions }[] = expanded.jobs.map((job) => ({ input: job.input, options: officeOptions(job, build, io.cwd).options }));

  const previews: PreviewOffice[] = offices.map((o) => ({ label: show(o.input), preview: new OfficePreview(o.input, { office: o.options, show }) }));
  let server;
  try {
    server = await startPreviewServer({ offices: previews, write: (office, force) => writeLikeBuild(office, force, ctx), ...(flags.port !== undefined && { port: flags.port }) });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    io.stderr.write(code === 'EADDRINUSE' ? `端口 ${flags.port} 已被占用；不加 --port 时会自动找一个空闲的端口。\n` : `预览服务启动失败（${code ?? '未知原因'}）。\n`);
    return EXIT.failure;
  }
  io.stdout.write(
    `预览已启动：${server.url}\n` +
      `用浏览器打开上面的地址（只有这台电脑能打开，地址里带着访问口令，不要发给别人）。${previews.length > 1 ? `共 ${previews.length} 个单位。` : ''}\n` +
      '保存数据文件后页面会自动更新。按 Ctrl+C 停止预览。\n',
  );
  // Ctrl+C, a kill, or (on Windows) the console window closed: each stops it the same way. The bin's own
  // SIGINT/SIGTERM handler (bin/process-io.js) is held, so its first signal reaches us through `stop.signal`
  // instead of ending the process before the server has closed; a second one still ends it at once.
  io.stop?.hold();
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGHUP', stop);
      if (!io.stop) for (const s of ['SIGINT', 'SIGTERM'] as const) process.off(s, stop);
      resolve();
    };
    process.on('SIGHUP', stop);
    if (io.stop) {
      if (io.stop.signal.aborted) return stop();
      io.stop.signal.addEventListener('abort', stop, { once: true });
    } else for (const s of ['SIGINT', 'SIGTERM'] as const) process.on(s, stop);
  });
  await server.close();
  io.stdout.write('预览已停止。\n');
  return EXIT.ok;
}

/** The page's write button: `build`'s one-office path and `build`'s own words, caught as text. */
async function writeLikeBuild(office: PreviewOffice, force: boolean, ctx: CommandContext): Promise<WriteAnswer> {
  const { buildOffice } = await import('../../office/build-office.js');
  const { askMissingFonts, tellBuilt } = await import('./build.js');
  const options = office.preview.options.office;
  const { result, sources } = await buildOffice(office.preview.input, { ...options, force });
  let text = '';
  const sink = { write: (s: string) => (text += s) };
  const caught: CommandContext = { ...ctx, io: { ...ctx.io, stdout: sink, stderr: sink, isTTY: false, stderrIsTTY: false } };
  await tellBuilt(result, sources, { fontsMissing: askMissingFonts(options.fonts, options.format, false) }, caught);
  // The page offers to replace only what the re-run rule left: a report edited since it was written (OUTPUT_EDITED).
  return { ok: VALIDATED.has(result.status) && result.status !== 'edited', exists: result.status === 'edited', text };
}
