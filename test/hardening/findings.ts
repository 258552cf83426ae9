/**
 * The inputs of issue 10's table, each one change to the world-cup sample, with what the
 * refusal must name (the field's path and its limit). The hardening tests run every one; the
 * README's table (docs/limits.md) lists them.
 */
import { getSample } from '../../src/scenario/samples';

/** A JSON document being mutated: any shape, as a planner might write it. */
type Doc = Record<string, any>;

export interface Finding {
  input: string;
  change: (doc: Doc) => void;
  /** The refusal names this path and this limit. */
  path: string;
  limit: RegExp;
}

export function worldCupDoc(): Doc {
  return structuredClone(getSample('world-cup')!.scenario) as Doc;
}

/** Every `"voice"` string of the document (ids and references) renamed. */
function renameVoice(doc: Doc, name: string): void {
  const renamed = JSON.parse(JSON.stringify(doc).replaceAll('"voice"', JSON.stringify(name)));
  for (const key of Object.keys(doc)) delete doc[key];
  Object.assign(doc, renamed);
}

export const FINDINGS: Finding[] = [
  { input: "a weekday's voice volume 1e12", change: (d) => { d.forecast.weekly.voice[0] = 1e12; }, path: 'forecast.weekly.voice[0]', limit: /1,000,000 contacts/ },
  { input: "a weekday's chat volume 1e12", change: (d) => { d.forecast.weekly.chat[0] = 1e12; }, path: 'forecast.weekly.chat[0]', limit: /1,000,000 contacts/ },
  { input: 'voice 1e9 a day, AHT 15 s', change: (d) => { d.forecast.weekly.voice[0] = 1e9; d.channels[0].aht.mean = 15; }, path: 'forecast.weekly.voice[0]', limit: /1,000,000 contacts/ },
  { input: 'AHT 1e15 s', change: (d) => { d.channels[0].aht.mean = 1e15; }, path: 'channels[0].aht.mean', limit: /86,400 s \(24 h\)/ },
  { input: 'patience 1e15 s', change: (d) => { d.channels[0].patience.mean = 1e15; }, path: 'channels[0].patience.mean', limit: /86,400 s/ },
  { input: 'patience 1e308 s', change: (d) => { d.channels[0].patience.mean = 1e308; }, path: 'channels[0].patience.mean', limit: /86,400 s/ },
  { input: 'an event factor 1e12', change: (d) => { d.forecast.events[0].factor = 1e12; }, path: 'forecast.events[0].factor', limit: /≤ 100/ },
  { input: 'concurrentAhtMultiplier 1e308', change: (d) => { d.channels[1].concurrentAhtMultiplier = 1e308; }, path: 'channels[1].concurrentAhtMultiplier', limit: /≤ 5/ },
  { input: 'one intraday weight 1e308', change: (d) => { d.forecast.intraday.voice[20] = 1e308; }, path: 'forecast.intraday.voice[20]', limit: /1,000,000/ },
  { input: 'email 1e9 contacts a day', change: (d) => { d.forecast.weekly.email[0] = 1e9; }, path: 'forecast.weekly.email[0]', limit: /1,000,000 contacts/ },
  { input: 'email 1e308 a day', change: (d) => { d.forecast.weekly.email[0] = 1e308; }, path: 'forecast.weekly.email[0]', limit: /1,000,000 contacts/ },
  { input: 'a shift of 1e8 agents', change: (d) => { d.pools[0].staffing.shifts[0].agents = 1e8; }, path: 'pools[0].staffing.shifts[0].agents', limit: /10,000 agents/ },
  { input: 'a shift of 1e6 agents', change: (d) => { d.pools[0].staffing.shifts[0].agents = 1e6; }, path: 'pools[0].staffing.shifts[0].agents', limit: /10,000 agents/ },
  ...['toString', 'constructor', 'valueOf', 'hasOwnProperty'].map((name): Finding => ({
    input: `channel id '${name}'`, change: (d) => renameVoice(d, name), path: 'channels[0].id', limit: /built into JavaScript objects/,
  })),
  { input: "a lever's leadTimeDays 750000", change: (d) => { d.strategies[0].levers[0].leadTimeDays = 750_000; }, path: 'strategies[0].levers[0].leadTimeDays', limit: /3,650 days/ },
  { input: "a lever's trainingDays 1e308", change: (d) => { d.strategies[3].levers[0].trainingDays = 1e308; }, path: 'strategies[3].levers[0].trainingDays', limit: /366 days/ },
];
