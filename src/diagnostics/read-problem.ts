import type { ReadProblem } from './catalogue.js';

/** Why reading failed, by the system's error code (its English message is never shown; the code is, for searching). */
export function readProblem(err: unknown): { cause: ReadProblem; errno?: string } {
  const code = (err as { code?: string } | undefined)?.code;
  const cause = code === undefined ? undefined : READ_ERRNO[code];
  if (cause) return { cause };
  return code ? { cause: 'other', errno: code } : { cause: 'other' };
}

const READ_ERRNO: Record<string, ReadProblem> = {
  ENOENT: 'missing',
  EACCES: 'denied',
  EPERM: 'denied',
  EISDIR: 'folder',
  ENOTDIR: 'notDirOnPath',
  ELOOP: 'linkLoop',
  EMFILE: 'tooManyOpen',
  ENFILE: 'tooManyOpen',
  EIO: 'ioError',
  ENXIO: 'unreadableDevice',
  ENODEV: 'unreadableDevice',
};
