import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/scenario/parse';
import { placeProblems, scaledMessage } from '../../../src/ui/editor/problemMap';
import { setAtPath } from '../../../src/ui/editor/paths';
import { smallInput } from '../fixtures';

describe('problem → field', () => {
  const fields = ['channels[0].aht.mean', 'channels[0].targets.serviceLevel', 'channels[0].targets.serviceLevel.share', 'channels[1]', 'pools[0].skills'];

  it('puts each problem on its own field, else the deepest enclosing one, else in the unplaced list', () => {
    const placed = placeProblems([
      { path: 'channels[0].aht.mean', message: 'must be > 0' },
      { path: 'channels[0].targets.serviceLevel.share', message: 'must be ≤ 1' },
      { path: 'channels[0].targets.serviceLevel.seconds', message: 'must be ≥ 0' },
      { path: 'channels[1].concurrency', message: 'must be ≥ 1' },
      { path: 'channels[10].kind', message: 'bad' },
      { path: 'pools[0].skills[1]', message: "channel 'fax' does not exist" },
      { path: '', message: 'not valid JSON' },
    ], fields);
    expect(Object.fromEntries(placed.byField)).toEqual({
      'channels[0].aht.mean': ['must be > 0'],
      'channels[0].targets.serviceLevel.share': ['must be ≤ 1'],
      'channels[0].targets.serviceLevel': ['seconds: must be ≥ 0'],
      'channels[1]': ['concurrency: must be ≥ 1'],
      'pools[0].skills': ["[1]: channel 'fax' does not exist"],
    });
    expect(placed.unplaced.map((p) => p.path)).toEqual(['channels[10].kind', '']);
  });

  it('places every problem exactly once', () => {
    const problems = [
      { path: 'channels[0].aht.mean', message: 'must be > 0' },
      { path: 'channels[0].aht.mean', message: 'must be > 0' },
      { path: 'x.y', message: 'm' },
    ];
    const placed = placeProblems(problems, fields);
    expect(placed.byField.get('channels[0].aht.mean')).toEqual(['must be > 0']);
    expect(placed.unplaced).toHaveLength(1);
  });

  it("places a real validation problem on the editor's field for it", () => {
    const candidate = setAtPath(smallInput, 'channels[0].aht.mean', -5);
    const parsed = parseScenario(candidate);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const placed = placeProblems(parsed.problems, fields);
    expect(placed.byField.get('channels[0].aht.mean')).toEqual(['must be ≥ 1 s: a handle time is between 1 s and 24 h']);
    expect(placed.unplaced).toEqual([]);
  });

  it('rescales the bounds of a message for a share shown in percent', () => {
    expect(scaledMessage('must be ≤ 1', 100, ' %')).toBe('must be ≤ 100 %');
    expect(scaledMessage('must be > 0', 100, ' %')).toBe('must be > 0 %');
    expect(scaledMessage('must be < 0.95', 100, ' %')).toBe('must be < 95 %');
    expect(scaledMessage('must be a number', 100, ' %')).toBe('must be a number');
    expect(scaledMessage('must be ≤ 1', 1, '')).toBe('must be ≤ 1');
  });
});
