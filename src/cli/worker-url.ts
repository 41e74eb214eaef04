/**
 * Where a batch's or a check's worker threads start. Run from dist/ (tsc),
 * the library's own default is right (dist/batch/worker.js), and this gives
 * nothing. In the bundle, scripts/bundle.mjs defines SUMMARY_BUNDLE_WORKER as
 * the bundled worker beside the command's entry, so a bundled command never
 * starts workers from the unbundled files.
 */
declare const SUMMARY_BUNDLE_WORKER: string | undefined;

export function workerUrlOption(): { workerUrl?: URL } {
  return typeof SUMMARY_BUNDLE_WORKER === 'string' ? { workerUrl: new URL(SUMMARY_BUNDLE_WORKER, import.meta.url) } : {};
}
