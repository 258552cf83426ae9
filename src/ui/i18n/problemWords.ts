/**
 * A problem of the scenario layer in the app's language. The problem carries a code and its values
 * (src/scenario/problemCodes.ts); in English the page shows the message as written (the command
 * line's text), in French the code's message from the locale with its values put into French:
 * numbers in French digits, units and kinds of channel in words, a bound's reason by its limit.
 */
import { clausesOf, type ProblemCode, type ProblemParams } from '../../scenario/problemCodes';
import { t } from './index';
import { language } from './locale';
import { en } from './locales/en';

interface Coded { message: string; code?: ProblemCode; params?: ProblemParams }

/** A reason of limits.ts → the limit's name (its French reason is `limits.<name>`). */
const LIMIT_BY_REASON = new Map(Object.entries(en.limits).map(([name, reason]) => [reason, name]));

const UNITS: Record<string, string> = {
  characters: 'caractères', days: 'jours', channels: 'canaux', pools: 'équipes', strategies: 'stratégies',
  levers: 'leviers', events: 'pics', items: 'éléments', steps: 'étapes', trainees: 'stagiaires',
  targets: 'objectifs', shifts: 'horaires', snapshots: 'instantanés', 'channel-intervals': 'canal-intervalles', bytes: 'octets',
};

/** `86,400 s (24 h)` → `86 400 s (24 h)`; `1,000 characters` → `1 000 caractères`; `0.5` → `0,5`. */
export function frenchQuantity(text: string): string {
  return text
    .replace(/\d[\d,]*(\.\d+)?/g, (n) => n.replace(/,/g, '\u202f').replace('.', ','))
    .replace(/(\d) ([a-z-]+)/g, (whole, digit: string, unit: string) => (UNITS[unit] ? `${digit} ${UNITS[unit]}` : whole));
}

const kindWord = (text: string) => {
  const m = /^an? (voice|callback|chat|email) channel$/.exec(text);
  return m ? t(`problemWords.kind_${m[1]}`) : text;
};

/** The `what` of a bound on a product of fields (magnitudes.ts). */
function whatWords(text: string): string {
  const events = text.endsWith(' (daily total × peak events)');
  const base = events ? text.slice(0, -' (daily total × peak events)'.length) : text;
  let m = /^the volume of '(.+)' on (\d{4}-\d\d-\d\d)$/.exec(base);
  if (m) return t('problemWords.volumeOn', { id: m[1], date: m[2] }) + (events ? t('problemWords.dailyTimesEvents') : '');
  m = /^the volume of '(.+)' at (.+)$/.exec(base);
  if (m) return t('problemWords.volumeAt', { id: m[1], when: m[2] });
  m = /^the offered load of '(.+)' at (\S+ \S+) \((.+)\)$/.exec(base);
  if (m) return t('problemWords.loadAt', { id: m[1], when: m[2], detail: frenchQuantity(m[3]!) });
  m = /^the head-count of '(.+)' at (.+)$/.exec(base);
  if (m) return t('problemWords.headcountAt', { id: m[1], when: m[2] });
  return text;
}

function frenchParams(params: ProblemParams): ProblemParams {
  const out: ProblemParams = {};
  for (const [key, value] of Object.entries(params)) {
    if (key === 'reason') {
      const name = LIMIT_BY_REASON.get(value);
      out[key] = name === undefined ? value : t(`limits.${name}`);
    } else if (key === 'kind') out[key] = kindWord(value);
    else if (key === 'what') out[key] = /^(channel|pool|strategy|event|shift)$/.test(value) ? t(`problemWords.what_${value}`) : whatWords(value);
    else if (key === 'expected' && /^[a-z]+$/.test(value)) out[key] = t(`problemWords.type_${value}`, { defaultValue: value });
    else if (key === 'received' && /^[a-z]+$/.test(value)) out[key] = t(`problemWords.type_${value}`, { defaultValue: value });
    else if (['max', 'min', 'value', 'count', 'cap', 'sum', 'got', 'volume', 'expected', 'shown', 'width'].includes(key)) out[key] = frenchQuantity(value);
    else out[key] = value;
  }
  return out;
}

/** One English clause in the app's language. */
function clauseText(code: ProblemCode, params: ProblemParams, english: string): string {
  if (code === 'several') return english;
  return t(`problems.${code}`, frenchParams(params));
}

/** The problem's message in the app's language. */
export function problemText(problem: Coded): string {
  if (language() !== 'fr') return problem.message;
  if (problem.code !== undefined && problem.code !== 'several') return clauseText(problem.code, problem.params ?? {}, problem.message);
  // Several reasons on one line (a CSV line), or a problem made in the page without a code.
  const clauses = clausesOf(problem.message);
  if (clauses === null) return problem.message;
  return clauses.map((c, k) => clauseText(c.code, c.params, problem.message.split('; ')[k]!)).join(' ; ');
}

/** `path: message` (or the message alone), in the app's language. */
export function formatProblemText(problem: Coded & { path: string }): string {
  const text = problemText(problem);
  return problem.path === '' ? text : `${problem.path}${language() === 'fr' ? ' :' : ':'} ${text}`;
}
