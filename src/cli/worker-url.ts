/**
 * The CLI's say in a batch's or a check's worker threads: where they start
 * and, for tests and for comparing, how many.
 *
 * Where: run from dist/ (tsc), the library's own default is right
 * (dist/batch/worker.js), and this gives nothing. In the bundle,
 * scripts/bundle.mjs defines SUMMARY_BUNDLE_WORKER as the bundled worker
 * beside the command's entry, so a bundled command never starts workers from
 * the unbundled files.
 *
 * How many: decided from the work (src/batch/worker-count.ts), unless
 * SUMMARY_WORKERS says a number: then that many (one per office at most),
 * so a test can run a batch of three offices on workers, or a bench compare.
 */
declare const SUMMARY_BUNDLE_WORKER: string | undefined;

export function workerOptions(env: Readonly<Record<string, string | undefined>>): { workerUrl?: URL; workers?: number } {
  const forced = /^[1-9]\d{0,2}$/.test(env.SUMMARY_WORKERS ?? '') ? Number(env.SUMMARY_WORKERS) : undefined;
  return {
    ...(typeof SUMMARY_BUNDLE_WORKER === 'string' && { workerUrl: new URL(SUMMARY_BUNDLE_WORKER, import.meta.url) }),
    ...(forced !== undefined && { workers: forced }),
  };
}
