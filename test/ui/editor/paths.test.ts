import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPath } from '../../../src/scenario/problems';
import { getAtPath, isWithin, joinPath, parsePath, setAtPath, type PathSegment } from '../../../src/ui/editor/paths';

const segment = fc.oneof(fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,6}$/), fc.nat({ max: 30 }));
const pathSegments = fc.array(segment, { maxLength: 6 }).filter((s) => s.length === 0 || typeof s[0] === 'string');

describe('field paths', () => {
  it('read the paths validation writes, and write them back the same way (property)', () => {
    fc.assert(fc.property(pathSegments, (segments: PathSegment[]) => {
      const path = formatPath(segments);
      expect(parsePath(path)).toEqual(segments);
      expect(joinPath(segments)).toBe(path);
    }), { numRuns: 200, seed: 1 });
  });

  it('set a value deep in a copy, sharing untouched branches and leaving the original alone', () => {
    const doc = { channels: [{ id: 'a', targets: { maxAsaSeconds: 20 } }, { id: 'b' }], pools: [{ id: 'p' }] };
    const next = setAtPath(doc, 'channels[0].targets.serviceLevel.share', 0.8);
    expect(getAtPath(next, 'channels[0].targets')).toEqual({ maxAsaSeconds: 20, serviceLevel: { share: 0.8 } });
    expect(doc.channels[0].targets).toEqual({ maxAsaSeconds: 20 });
    expect(next.channels[1]).toBe(doc.channels[1]);
    expect(next.pools).toBe(doc.pools);
    // undefined removes the key (an optional target switched off).
    const off = setAtPath(next, 'channels[0].targets.maxAsaSeconds', undefined);
    expect(Object.keys(getAtPath(off, 'channels[0].targets') as object)).toEqual(['serviceLevel']);
    expect(setAtPath({}, 'a[1].b', 3)).toEqual({ a: [undefined, { b: 3 }] });
    expect(getAtPath(doc, 'channels[5].id')).toBeUndefined();
    expect(getAtPath(doc, 'channels[0].id.length.x')).toBeUndefined();
  });

  it('get returns what set put, wherever (property)', () => {
    fc.assert(fc.property(pathSegments.filter((s) => s.length > 0), fc.integer(), (segments, value) => {
      const path = formatPath(segments);
      expect(getAtPath(setAtPath({}, path, value), path)).toBe(value);
    }), { numRuns: 200, seed: 2 });
  });

  it('tell a field inside another by whole segments only', () => {
    expect(isWithin('channels[1].aht.mean', 'channels[1]')).toBe(true);
    expect(isWithin('channels[1]', 'channels[1]')).toBe(true);
    expect(isWithin('channels[10].aht', 'channels[1]')).toBe(false);
    expect(isWithin('channelsX', 'channels')).toBe(false);
    expect(isWithin('forecast.weekly.voice[3]', 'forecast.weekly.voice')).toBe(true);
    expect(isWithin('anything', '')).toBe(true);
  });
});
