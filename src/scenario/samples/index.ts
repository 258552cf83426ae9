/**
 * The built-in sample scenarios (`wfm sample`, the app's "open a sample"). The first is the
 * default: the one the app opens with.
 */
import type { ScenarioInput } from '../schema';
import { productRecall } from './productRecall';
import { retailSeason } from './retailSeason';
import { worldCup } from './worldCup';

/** A named built-in scenario, as a file would hold it (defaults may be missing). */
export interface Sample {
  /** Short name for the command line: `wfm sample world-cup`. */
  name: string;
  /** One line for a menu. */
  title: string;
  scenario: ScenarioInput;
}

/** Every sample, the default first. */
export const samples: readonly Sample[] = [
  { name: 'world-cup', title: 'World Cup peak — three weeks of a pay-TV customer service', scenario: worldCup },
  { name: 'product-recall', title: 'Product recall — calls and emails triple for two days', scenario: productRecall },
  { name: 'retail-season', title: 'Retail season — six weeks from Black Friday to Christmas', scenario: retailSeason },
];

/** The scenario the app opens with. */
export const defaultSample: Sample = samples[0];

/** The sample of that name, or undefined. */
export function getSample(name: string): Sample | undefined {
  return samples.find((s) => s.name === name);
}
