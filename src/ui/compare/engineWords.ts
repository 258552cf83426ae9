/**
 * The engines' English sentences and the search's strategy names in the app's language, by
 * pattern, in this one module. The engines (src/simulation/compare/*) write English because
 * their words are also the command line's output; the page re-reads them. In English the text
 * passes through unchanged (plainWords then names channels, targets and dates); in French each
 * known pattern is rebuilt from a message, and a sentence that matches no pattern stays English —
 * the French browser test then fails, which is how a new engine sentence gets noticed.
 */
import { language } from '../i18n/locale';
import { t } from '../i18n';
import { formatPercent } from '../format';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_FR = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];

/** The engines' day words (`15 Jun`, `15–20 Jun`, `28 Jun – 2 Jul`) with French month names. */
function frenchDays(text: string): string {
  return text.replace(new RegExp(`\\b(${MONTHS_EN.join('|')})\\b`, 'g'), (m) => MONTHS_FR[MONTHS_EN.indexOf(m)]!);
}

const TARGETS = ['serviceLevel', 'answerRate', 'maxAsaSeconds', 'maxOccupancy', 'responseWithin', 'callbackWithin', 'promisesKept'];
/** `voice serviceLevel` → `Phone niveau de service` (channel name, French target word). */
function frenchTargets(text: string, channelName: (id: string) => string, channelIds: readonly string[]): string {
  if (channelIds.length === 0) return text;
  const ids = channelIds.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return text.replace(new RegExp(`\\b(${ids}) (${TARGETS.join('|')})\\b`, 'g'), (_, id: string, target: string) => `${channelName(id)} ${t(`engine.target_${target}`)}`);
}

type Rule = [RegExp, (m: RegExpMatchArray, again: (s: string) => string) => string];

const NAME_RULES: Rule[] = [
  [/^(\d+) temps, decided (.+)$/, (m) => t('engine.nameTemps', { n: m[1], day: frenchDays(m[2]!) })],
  [/^(\d+) outsourced agents on (.+), (.+)$/, (m) => t('engine.nameOutsourcing', { n: m[1], channel: m[2], when: frenchDays(m[3]!) })],
  [/^([\d.]+) h overtime a day, (.+)$/, (m) => t('engine.nameOvertime', { h: m[1]!.replace('.', ','), when: frenchDays(m[2]!) })],
  [/^Up to (\d+) agents moved to (.+), (.+)$/, (m) => t('engine.nameReallocation', { n: m[1], channel: m[2], when: frenchDays(m[3]!) })],
  [/^Baseline \(no lever\)$/, () => t('strategies.baseline')],
];

/** A strategy's name as the page shows it: the baseline and the search's finds in the app's language, the user's own names as written. */
export function strategyName(o: { id: string; name: string; source?: string }): string {
  if (o.id === 'baseline') return t('strategies.baseline');
  if (language() !== 'fr' || (o.source !== undefined && o.source !== 'recommendation')) return o.name;
  return o.name.split(' + ').map((part) => {
    for (const [re, build] of NAME_RULES) { const m = part.match(re); if (m) return build(m, (s) => s); }
    return part;
  }).join(' + ');
}

const SENTENCE_RULES: Rule[] = [
  [/^Analytic search: (.*)$/s, (m, again) => t('engine.analyticSearch', { rest: again(m[1]!) })],
  [/^Confirmed by simulation: (.+) meets every target at (.+?)( \(± .+?\))?, the only strategy simulated\.$/, (m) => t('engine.confirmedOnly', { name: m[1], cost: m[2], spread: m[3] ?? '' })],
  [/^Confirmed by simulation: (.+) meets every target at (.+?)( \(± .+?\))?, the cheapest of the (\d+) strategies simulated\.$/, (m) => t('engine.confirmed', { name: m[1], cost: m[2], spread: m[3] ?? '', n: m[4] })],
  [/^No simulated strategy meets every target\. Closest: (.+), which misses (.+)\.$/, (m) => t('engine.noneSimulated', { name: m[1], misses: m[2]!.replace(/ on (\d+) day\(s\)/g, (_, n: string) => t('engine.onDays', { n })) })],
  [/^The analytic favourite (.+) fails in simulation, .*so it is not recommended\.$/, (m) => t('engine.favouriteFails', { name: m[1] })],
  [/^The baseline already meets every target in the analytic view.*$/, () => t('engine.baselineMeets')],
  [/^The baseline misses (.+) on (\d+) day\(s\), (.+) to (.+)\.$/, (m) => t('engine.baselineMisses', { misses: m[1], n: m[2], from: m[3], to: m[4] })],
  [/^Cheapest strategy meeting every target: (.+) at (.+) \(baseline (.+)\)\.$/, (m) => t('engine.cheapest', { name: m[1], cost: m[2], baseline: m[3] })],
  [/^Next: (.+) at (.+)\.$/, (m) => t('engine.next', { name: m[1], cost: m[2] })],
  [/^Nothing searched meets every target\. Closest: (.+) \((.+?)\), which still misses (.+?)( \(worst .+\))?\.$/, (m) => t('engine.nothingSearched', { name: m[1], cost: m[2], misses: m[3] })],
  [/^Right with probability at least (\d+)%( \(the maximum of replications was reached before 95%\))?\.$/, (m) => t(m[2] ? 'engine.confidenceMax' : 'engine.confidence', { pct: formatPercent(Number(m[1]) / 100, 0) })],
  [/^Temps: the latest decision date that still meets the targets is (.+)\.$/, (m) => t('engine.tempsDate', { date: m[1] })],
  [/^Outsourcing: the latest contract decision that still meets the targets is (.+)\.$/, (m) => t('engine.outsourcingDate', { date: m[1] })],
  // The recommendation at a confidence (compare/recommend.ts, `recommendAtConfidence`).
  [/^At (\S+%) confidence: (.+) meets every target in (\S+%) of the simulated worlds, the cheapest that reaches \S+%, at (.+)\.$/,
    (m) => t('uncertainty.atConfidence', { confidence: frenchPercent(m[1]!), name: m[2], share: frenchPercent(m[3]!), cost: m[4] })],
  [/^No simulated strategy meets every target in (\S+%) of the worlds\. The most likely: (.+), in (\S+%) of them, at (.+)\.$/,
    (m) => t('uncertainty.noneAtConfidence', { confidence: frenchPercent(m[1]!), name: m[2], share: frenchPercent(m[3]!), cost: m[4] })],
  [/^The price of certainty: (.+)\.$/, (m) => t('uncertainty.priceSentence', { steps: m[1]!.split('; ').map(priceStep).join(' ; ') })],
  [/^On the means over the worlds, (.+) meets every target at (.+)\.$/, (m) => t('uncertainty.meansMeet', { name: m[1], cost: m[2] })],
  [/^On the means over the worlds, (.+) misses (.+)\.$/,
    (m) => t('uncertainty.meansMiss', { name: m[1], misses: m[2]!.replace(/ on (\d+) day\(s\)/g, (_, n: string) => t('engine.onDays', { n })) })],
];

/** `66.7%` → `66,7 %` (French decimal comma and space). */
function frenchPercent(text: string): string {
  return text.replace('.', ',').replace('%', '\u202f%');
}

/** One step of the engine's "price of certainty" sentence. */
function priceStep(step: string): string {
  const none = step.match(/^(\S+%) sure: no strategy simulated$/);
  if (none) return t('uncertainty.priceSentenceNone', { confidence: frenchPercent(none[1]!) });
  const m = step.match(/^(\S+%) sure: (.+) at ([^()]+?)(?: \(\+(.+)\))?$/);
  if (!m) return step;
  return t('uncertainty.priceSentenceStep', { confidence: frenchPercent(m[1]!), name: m[2], cost: m[3], more: m[4] ? t('uncertainty.priceSentenceMore', { more: m[4] }) : '' });
}

/**
 * One engine sentence in the app's language. `names` are the strategies' names as the engine
 * wrote them, so a sentence naming a search find shows the find's translated name.
 */
export function engineSentence(text: string, channelName: (id: string) => string, channelIds: readonly string[], names: readonly string[] = []): string {
  if (language() !== 'fr') return text;
  const again = (s: string): string => {
    for (const [re, build] of SENTENCE_RULES) { const m = s.match(re); if (m) return build(m, again); }
    return s;
  };
  let out = again(text);
  // The names inside, longest first (a name may contain another).
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    const shown = strategyName({ id: '', name, source: 'recommendation' });
    if (shown !== name) out = out.split(name).join(shown);
  }
  return frenchTargets(out, channelName, channelIds);
}
