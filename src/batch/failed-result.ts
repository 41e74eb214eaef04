/** What a failure of the tool on one office becomes: that office's result, the others untouched (reliability row 20). */
import { diagnostic, wholeFile } from '../diagnostics/create.js';
import type { OfficeBuildResult } from '../office/types.js';
import type { PoolFailure } from './pool.js';

/**
 * A task that threw, a worker that died or hung: 'failed' for this office
 * alone. The words are the catalogue's; what Node said is kept for --debug.
 */
export function failedResult(input: string, failure: PoolFailure, stage: 'check' | 'build' = 'build'): OfficeBuildResult {
  const at = wholeFile(input);
  switch (failure.kind) {
    case 'threw':
      return { input, status: 'failed', diagnostics: [diagnostic('TOOL_BUG', { stage }, at)], crash: failure.detail };
    case 'timeout':
      return { input, status: 'failed', diagnostics: [diagnostic('BATCH_TIMEOUT', { seconds: failure.seconds }, at)] };
    case 'died': {
      const d = diagnostic('BATCH_WORKER_DIED', failure.how === 'exited' ? { how: 'exited', exitCode: String(failure.exitCode) } : { how: failure.how }, at);
      const crash = failure.how === 'exited' ? `exit code ${failure.exitCode}` : failure.how === 'closed' ? 'pool closed' : failure.detail;
      return { input, status: 'failed', diagnostics: [d], crash };
    }
  }
}

