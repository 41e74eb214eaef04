/**
 * Adoption counts by the body that adopted them (采纳采用情况), for an office
 * that keeps counts rather than records: 被区政协采用3篇、市政协采用1篇.
 * An office with itemised proposals says who adopted each (`adoptedBy`)
 * instead. The total of each item is the number the report and the
 * statistics table give as 提案被采纳 / 社情民意信息被采用, and agrees with
 * the office's own count of it (COUNT_MISMATCH).
 */
import { choice, count, text } from '../fields.js';
import { PROPOSAL_KIND_NOTES, PROPOSAL_KINDS } from '../choices.js';
import { defineKind } from '../kind.js';
import { at } from '../points.js';
import { LIMITS } from '../limits.js';

export const adoptions = defineKind({
  key: 'adoptions',
  path: ['counts', 'adoptions'],
  title: '采纳采用情况',
  description: '不逐条记录提案、社情民意信息时，按采纳（采用）单位写的件数，如“区政协采用3篇、市政协采用1篇”。',
  record: { title: '采纳采用情况', description: '一个单位采纳或采用的件数。' },
  fields: {
    of: choice(PROPOSAL_KINDS, PROPOSAL_KIND_NOTES, '事项', '采纳或采用的是提案、建议还是社情民意信息。'),
    by: text('采纳（采用）单位', '采纳或采用的单位，如“区政协”“市政协”“县林业局”。'),
    value: count('件数', '这个单位采纳或采用的件数。'),
    unit: text('单位', '本单位的说法，如“篇”；不写时提案、建议为“件”，社情民意信息为“条”。', LIMITS.nameChars).optional(),
  },
  writtenBy: 'sections',
  placement: at('supervision.proposals'),
  groups: {
    field: 'of',
    of: {
      proposals: { label: '提案和建议', values: ['提案', '建议'] },
      opinions: { label: '社情民意信息', values: ['社情民意信息'], placement: at('supervision.opinions') },
    },
  },
  label: (a) => `${a.of}被${a.by}采纳采用${a.value}`,
  // Kept with the counts, which `init --from` turns into a comment as a whole.
  nextYear: { comment: '去年的采纳采用情况' },
});

/** The counts of one item (提案, 社情民意信息) by the bodies that adopted them: their total, or undefined when none is given. */
export function adoptedTotal(data: { counts?: { adoptions?: readonly { of: string; value: number }[] | undefined } | undefined }, of: string): number | undefined {
  const rows = (data.counts?.adoptions ?? []).filter((a) => a.of === of);
  return rows.length === 0 ? undefined : rows.reduce((s, a) => s + a.value, 0);
}
