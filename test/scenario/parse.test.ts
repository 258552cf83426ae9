import { describe, expect, it } from 'vitest';
import { parseScenario, parseScenarioText } from '../../src/scenario/parse';
import type { Problem } from '../../src/scenario/problems';
import { clone, intervalsScenario, profileScenario, valid } from './fixtures';

/** The problems of an input that must be invalid. */
function problemsOf(input: unknown): Problem[] {
  const result = parseScenario(input);
  if (result.ok) throw new Error('expected problems, the scenario was accepted');
  return result.problems;
}

/** Edits a copy of the tiny profile scenario (as loose JSON, the way a user file arrives). */
function edited(edit: (s: any) => void): unknown { // any: tests write deliberately wrong shapes
  const s = clone(profileScenario());
  edit(s);
  return s;
}

describe('parseScenario: schema', () => {
  it('accepts a valid file and fills in defaults', () => {
    const file = valid(profileScenario());
    expect(file.channels[0].concurrency).toBe(1);
    expect(file.channels[1].targets).toEqual({});
    expect(file.pools[0].kind).toBe('inhouse');
    expect(file.pools[0].staffing).toMatchObject({ shifts: [{ weekdays: [1, 2, 3, 4, 5] }] });
    expect(file.costs).toEqual({ currency: 'EUR', abandonedContactCost: 0 });
  });

  it('names the path of a bad field', () => {
    expect(problemsOf(edited((s) => { s.channels[1].aht.mean = 0; })))
      .toContainEqual(expect.objectContaining({ path: 'channels[1].aht.mean', message: 'must be ≥ 1 s: a handle time is between 1 s and 24 h' }));
    expect(problemsOf(edited((s) => { s.pools[0].shrinkage = 1; })))
      .toContainEqual(expect.objectContaining({ path: 'pools[0].shrinkage', message: 'must be < 1' }));
    expect(problemsOf(edited((s) => { s.intervalMinutes = 20; })))
      .toContainEqual(expect.objectContaining({ path: 'intervalMinutes', message: 'must be 15, 30 or 60' }));
    expect(problemsOf(edited((s) => { s.startDate = '2026-02-30'; })))
      .toContainEqual(expect.objectContaining({ path: 'startDate', message: 'must be a real calendar date' }));
    expect(problemsOf(edited((s) => { s.pools[0].staffing.shifts[0].end = '25:00'; })))
      .toContainEqual(expect.objectContaining({ path: 'pools[0].staffing.shifts[0].end', message: 'must be a time HH:MM' }));
  });

  it('says "is required" for a missing field and "must be a number" for a wrong type', () => {
    expect(problemsOf(edited((s) => { delete s.pools[0].hourlyCost; })))
      .toContainEqual(expect.objectContaining({ path: 'pools[0].hourlyCost', message: 'is required' }));
    expect(problemsOf(edited((s) => { s.days = '2'; })))
      .toContainEqual(expect.objectContaining({ path: 'days', message: 'must be a number' }));
  });

  it('reports a misspelt field instead of dropping it', () => {
    expect(problemsOf(edited((s) => { s.pools[0].shrinkge = 0.2; })))
      .toContainEqual(expect.objectContaining({ path: 'pools[0]', message: "unknown field 'shrinkge'" }));
  });

  it('reports an unknown distribution by its path', () => {
    const problems = problemsOf(edited((s) => { s.channels[0].aht = { dist: 'gamma', mean: 3 }; }));
    expect(problems.map((p) => p.path)).toContain('channels[0].aht.dist');
  });
});

describe('parseScenario: cross-field checks', () => {
  const paths = (input: unknown) => problemsOf(input).map((p) => `${p.path}: ${p.message}`);

  it('finds duplicate channel ids', () => {
    expect(paths(edited((s) => { s.channels[1].id = 'voice'; s.channels[1].kind = 'voice'; })))
      .toContain("channels[1].id: duplicate channel id 'voice' (also channels[0])");
  });

  it('checks that pools and events name existing channels', () => {
    expect(paths(edited((s) => { s.pools[0].skills.push('chat'); })))
      .toContain("pools[0].skills[2]: unknown channel 'chat'");
    expect(paths(edited((s) => {
      s.forecast.events = [{ name: 'Peak', channels: ['voice', 'sms'], start: '2026-06-08', end: '2026-06-08', factor: 2 }];
    }))).toContain("forecast.events[0].channels[1]: unknown channel 'sms'");
  });

  it('checks that every channel is served by some pool', () => {
    expect(paths(edited((s) => { s.pools[0].skills = ['voice']; })))
      .toContain("channels[1]: no pool serves channel 'email': add it to some pool's skills");
  });

  it('checks the forecast covers every channel with the right lengths', () => {
    const voice = new Array<number>(1000).fill(1);
    const input = intervalsScenario(new Array<number>(24).fill(1), new Array<number>(24).fill(5));
    const s = clone(input) as any; // any: a wrong shape on purpose
    s.days = 21;
    s.intervalMinutes = 30;
    s.forecast.volumes.voice = voice;
    s.pools[0].staffing.scheduled = new Array<number>(1008).fill(3);
    expect(paths(s)).toEqual(['forecast.volumes.voice: must hold 1008 values (21 days × 48 intervals), got 1000']);

    expect(paths(edited((s) => { delete s.forecast.weekly.email; })))
      .toContain("forecast.weekly.email: is required: channel 'email' has no forecast");
    expect(paths(edited((s) => { s.forecast.intraday.voice = s.forecast.intraday.voice.slice(0, 12); })))
      .toContain('forecast.intraday.voice: must hold 24 values (one weight per 60-minute interval of the day), got 12');
    expect(paths(edited((s) => { s.forecast.intraday.fax = new Array(24).fill(1); })))
      .toContain("forecast.intraday.fax: unknown channel 'fax'");
  });

  it('refuses a day with volume and no open interval', () => {
    expect(paths(edited((s) => {
      s.forecast.intradayByWeekday = { voice: [{ weekdays: [6], weights: new Array(24).fill(0) }] };
    }))).toContain('forecast.intradayByWeekday.voice[0].weights: every weight is 0 but forecast.weekly.voice[5] (Saturday) has volume 300: it would have no interval to arrive in');
  });

  it('checks events run forwards and overrides do not claim a weekday twice', () => {
    expect(paths(edited((s) => {
      s.forecast.events = [{ name: 'Peak', channels: ['voice'], start: '2026-06-09', end: '2026-06-08', factor: 2 }];
    }))).toContain('forecast.events[0].end: must be on or after start (2026-06-09)');
    const day = new Array(24).fill(1);
    expect(paths(edited((s) => {
      s.forecast.intradayByWeekday = { voice: [{ weekdays: [6, 7], weights: day }, { weekdays: [7], weights: day }] };
    }))).toContain('forecast.intradayByWeekday.voice[1].weekdays: weekday 7 is already in forecast.intradayByWeekday.voice[0]');
  });

  it('checks staffing lengths and shift times on interval boundaries', () => {
    const s = clone(intervalsScenario(new Array<number>(24).fill(1), new Array<number>(23).fill(5)));
    expect(paths(s)).toEqual(['pools[0].staffing.scheduled: must hold 24 values (1 days × 24 intervals), got 23']);
    expect(paths(edited((s) => { s.pools[0].staffing.shifts[0].start = '08:30'; })))
      .toContain('pools[0].staffing.shifts[0].start: must be on a 60-minute interval boundary, got 08:30');
    expect(paths(edited((s) => { s.pools[0].staffing.shifts[0].start = '24:00'; })))
      .toContain('pools[0].staffing.shifts[0].start: must be before 24:00 (use 00:00)');
  });

  it('checks what a channel kind allows', () => {
    expect(paths(edited((s) => { s.channels[1].patience = { dist: 'exponential', mean: 60 }; })))
      .toContain('channels[1].patience: only voice and chat contacts abandon; remove it for an email channel');
    expect(paths(edited((s) => { s.channels[0].concurrency = 2; })))
      .toContain('channels[0].concurrency: only chat runs sessions concurrently; must be 1 for a voice channel');
    expect(paths(edited((s) => { s.channels[1].targets = { serviceLevel: { share: 0.8, seconds: 20 } }; })))
      .toContain('channels[1].targets.serviceLevel: does not apply to an email channel (allowed: responseWithin, maxOccupancy)');
  });

  it('reports every problem at once, not only the first', () => {
    const problems = problemsOf(edited((s) => { s.pools[0].skills = ['voice', 'voice', 'fax']; s.channels[1].id = 'voice'; }));
    expect(problems.length).toBeGreaterThanOrEqual(3);
  });
});

describe('parseScenarioText', () => {
  it('turns bad JSON into one problem at the root', () => {
    const result = parseScenarioText('{ "schemaVersion": 1, ');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0].path).toBe('');
      expect(result.problems[0].message).toMatch(/^not valid JSON: /);
    }
  });

  it('refuses a JSON value that is not an object', () => {
    expect(parseScenarioText('[1, 2]')).toMatchObject({ ok: false, problems: [{ path: '', message: 'a scenario must be a JSON object' }] });
  });

  it('accepts the text of a valid file', () => {
    const result = parseScenarioText(JSON.stringify(profileScenario()));
    expect(result.ok).toBe(true);
  });
});
