/**
 * The sensitivity's inputs in the app's language (compare/sensitivity.ts names them; docs/cli.md
 * lists them): a label per input and the text of its two ends, for the tornado chart.
 */
import type { Sensitivity } from '../../simulation/compare/sensitivity';
import type { TornadoRow } from '../charts/tornado/model';
import { formatNumber, formatPercent } from '../format';
import { t } from '../i18n';

const times = (v: number) => `×${formatNumber(v, 2)}`;
const points = (v: number) => `${v >= 0 ? '+' : '−'}${formatNumber(Math.abs(v) * 100, 0)} pts`;

/** The label of an input and how its end values read. */
export function inputWords(name: string): { label: string; end: (value: number) => string } {
  if (name.startsWith('eventFactor:')) {
    const event = name.slice('eventFactor:'.length);
    return { label: t('insights.input_eventFactor', { event }), end: (v) => `${v >= 1 ? '+' : '−'}${formatPercent(Math.abs(v - 1), 0)}` };
  }
  switch (name) {
    case 'shrinkage': return { label: t('insights.input_shrinkage'), end: points };
    case 'peakAbsence': return { label: t('insights.input_peakAbsence'), end: (v) => `+${formatPercent(v, 0)}` };
    case 'outsourcerYield': return { label: t('insights.input_outsourcerYield'), end: (v) => formatPercent(v, 0) };
    case 'volume': case 'handleTime': case 'patience': case 'outsourcerPrice': case 'tempsProductivity': case 'peakHandleTime':
      return { label: t(`insights.input_${name}`), end: times };
    default: return { label: name, end: (v) => formatNumber(v, 2) };
  }
}

export function tornadoRows(sens: Sensitivity, metric: 'serviceLevel' | 'extraCost'): TornadoRow[] {
  return sens.inputs.map((x) => {
    const words = inputWords(x.name);
    return {
      id: x.name,
      label: words.label,
      atLow: metric === 'serviceLevel' ? x.serviceLevel.low : x.extraCost.low,
      atHigh: metric === 'serviceLevel' ? x.serviceLevel.high : x.extraCost.high,
      lowText: words.end(x.low),
      highText: words.end(x.high),
      changes: x.recommendationChanges.low !== null || x.recommendationChanges.high !== null,
    };
  });
}
