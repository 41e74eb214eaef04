import { describe, expect, it } from 'vitest';
import { Tracker, trackedView, unwrap } from '../../src/render/track.js';

/** A model shaped like the year's: kinds with lists sharing records, numbers, last year. */
function model() {
  const a = { ref: 'meetings[0]', topic: '甲', attendees: { value: 12 }, sites: ['一', '二'] };
  const b = { ref: 'meetings[1]', topic: '乙', attendees: { value: 8 }, sites: [] as string[] };
  const visit = { ref: 'activities[0]', place: '丙', host: { ref: 'members[0]', name: '张三' } };
  return {
    year: 2021,
    meetings: { all: [a, b], forums: [b] },
    activities: { all: [visit] },
    numbers: { meetings: { value: 2, source: 'records' } },
    previous: { meetings: { all: [{ ref: 'meetings[0]', topic: '旧' }] } },
  };
}

const marks = (tracker: Tracker): string[] => [...tracker.root()].sort();

describe('trackedView: which records a template read', () => {
  it('a field read through the view places its record, and only that record', () => {
    const t = new Tracker();
    const v = trackedView(model(), t);
    expect(v.meetings.all[1]?.topic).toBe('乙');
    expect(marks(t)).toEqual(['meetings[1]']);
  });

  it('reading a record’s ref, or only walking to it, places nothing', () => {
    const t = new Tracker();
    const v = trackedView(model(), t);
    expect(v.meetings.all.map((r) => r.ref)).toEqual(['meetings[0]', 'meetings[1]']);
    expect(v.previous.meetings.all.length).toBe(1);
    expect(v.numbers.meetings.value).toBe(2);
    expect(marks(t)).toEqual([]);
  });

  it('the same record reached through two lists is the same view', () => {
    const v = trackedView(model(), new Tracker());
    expect(v.meetings.forums[0]).toBe(v.meetings.all[1]);
    expect(v.meetings.all).toBe(v.meetings.all);
  });

  it('a record inside a record is a record of its own', () => {
    const t = new Tracker();
    const v = trackedView(model(), t);
    expect(v.activities.all[0]?.host.name).toBe('张三');
    expect(marks(t)).toEqual(['activities[0]', 'members[0]']);
  });

  it('unwrap reads a record without placing it, and its members are still views', () => {
    const t = new Tracker();
    const v = trackedView(model(), t);
    const raw = unwrap(v.activities.all[0]);
    expect(raw?.place).toBe('丙');
    expect(unwrap(raw?.host)?.name).toBe('张三');
    expect(marks(t)).toEqual([]);
    // Its members are the view's: reading one through it places that one.
    expect(raw?.host.name).toBe('张三');
    expect(marks(t)).toEqual(['members[0]']);
  });

  it('the view shows the same values, keys and lists as the model', () => {
    const m = model();
    const v = trackedView(m, new Tracker());
    expect(JSON.parse(JSON.stringify(v))).toEqual(m);
    expect(Object.keys(v.meetings.all[0] ?? {})).toEqual(Object.keys(m.meetings.all[0] ?? {}));
    expect(Array.isArray(v.meetings.all[0]?.sites)).toBe(true);
    expect(Object.prototype.hasOwnProperty.call(v.meetings.all[0], 'topic')).toBe(true);
    expect(Object.prototype.hasOwnProperty.call(v.meetings.all[0], 'toString')).toBe(false);
  });

  it('nothing read through the view changes the model', () => {
    const m = model();
    const before = JSON.stringify(m);
    const v = trackedView(m, new Tracker());
    JSON.stringify(v);
    unwrap(v.activities.all[0]);
    expect(JSON.stringify(m)).toBe(before);
    expect(m.activities.all[0]?.host).not.toBe(v.activities.all[0]?.host);
  });

  it('marks go to the innermost open block', () => {
    const t = new Tracker();
    const v = trackedView(model(), t);
    t.push();
    void v.meetings.all[0]?.topic;
    expect([...t.pop()]).toEqual(['meetings[0]']);
    expect(marks(t)).toEqual([]);
  });
});
