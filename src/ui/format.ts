/**
 * How figures read in the app: a missing figure (`null`, e.g. the wait of an unstable queue) is
 * a dash with the reason given next to it by the caller, never "NaN".
 */
import { intlLocale, language } from './i18n/locale';

const MISSING = '—';

/** A decimal in the language's way: `82.3` in English, `82,3` in French. */
function decimal(value: number, digits: number): string {
  const text = value.toFixed(digits);
  return language() === 'fr' ? text.replace('.', ',') : text;
}

/** `0.8234` → `82.3 %` (English), `82,3 %` (French, with a no-break space). */
export function formatPercent(share: number | null, digits = 1): string {
  if (share === null || !Number.isFinite(share)) return MISSING;
  return `${decimal(share * 100, digits)}${language() === 'fr' ? '\u202f' : ' '}%`;
}

/** Seconds for a wait: `8.4 s`, `42 s`, `3 min 05 s`, `1 h 02 min`. */
export function formatSeconds(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return MISSING;
  if (seconds < 10) return `${decimal(seconds, 1)} s`;
  if (seconds < 60) return `${Math.round(seconds)} s`;
  if (seconds < 3600) {
    const total = Math.round(seconds);
    return `${Math.floor(total / 60)} min ${String(total % 60).padStart(2, '0')} s`;
  }
  const minutes = Math.round(seconds / 60);
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

// `toLocaleString` with options builds a formatter on every call (a year at 15 minutes formats
// hundreds of thousands of figures: seconds of the page's time); one formatter per kind is kept.
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A count with thousands separators; `digits` decimals at most, `minDigits` at least. */
export function formatNumber(value: number | null, digits = 0, minDigits = 0): string {
  if (value === null || !Number.isFinite(value)) return MISSING;
  const locale = intlLocale();
  const key = `${locale}|${digits}|${minDigits}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: minDigits });
    numberFormats.set(key, format);
  }
  return format.format(value);
}
