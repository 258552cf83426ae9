/**
 * Amounts of money, one format everywhere in the app: `€12,340`, `12,340 CHF`; prices keep their
 * cents (`€3.50 per contact`); axis ticks short (`€120k`); the engines' sentences ("540,008
 * EUR") are rewritten in the same format (`moneyInWords`).
 */
import { format } from 'd3';
import { intlLocale, language } from '../i18n/locale';

/**
 * French amounts the French way, from `Intl`: `531 168 €`, `3,50 €`, `−1 200 €`. English keeps
 * the app's compact form (`€531,168`), which its tests and exports already read.
 */
const frenchMoney = (amount: number, currency: string, cents: boolean) => {
  const text = new Intl.NumberFormat(intlLocale('fr'), { style: 'currency', currency, minimumFractionDigits: cents ? 2 : 0, maximumFractionDigits: cents ? 2 : 0 }).format(Math.abs(amount));
  return `${amount < 0 ? '−' : ''}${text}`;
};
const isFrench = () => language() === 'fr';

const SYMBOLS: Record<string, string> = { EUR: '€', USD: '$', GBP: '£' };
const whole = format(',.0f');
const cents = format(',.2f');
const short = format('.3~s');

/** `−€1,200` or `1,200 CHF`: the sign, then the symbol before the digits or the code after them. */
function englishMoney(value: number, currency: string, digits: (x: number) => string): string {
  const symbol = SYMBOLS[currency];
  const sign = value < 0 ? '−' : '';
  return symbol ? `${sign}${symbol}${digits(Math.abs(value))}` : `${sign}${digits(Math.abs(value))} ${currency}`;
}

/** A whole amount with the currency's symbol (or code). */
export function formatMoney(amount: number, currency: string): string {
  const value = Number.isFinite(amount) ? amount : 0;
  if (isFrench()) return frenchMoney(Math.round(value), currency, false);
  return englishMoney(value, currency, whole);
}

/** A price: its cents when it has some (`€3.50`), whole otherwise (`€29`). */
export function formatPrice(amount: number, currency: string): string {
  const value = Number.isFinite(amount) ? amount : 0;
  if (Math.abs(value - Math.round(value)) < 0.005) return formatMoney(value, currency);
  if (isFrench()) return frenchMoney(value, currency, true);
  return englishMoney(value, currency, cents);
}

/** An amount with its sign: `+€8,840`, `−€1,200`, `€0`. */
export function formatMoneyChange(amount: number, currency: string): string {
  const rounded = Math.round(amount);
  return rounded > 0 ? `+${formatMoney(rounded, currency)}` : formatMoney(rounded, currency);
}

/** `text` with every "12,345 EUR" (an engine's sentence) in the app's money format. */
export function moneyInWords(text: string): string {
  return text.replace(/(?<![\d.,])(-?\d{1,3}(?:,\d{3})*(?:\.\d+)?) ([A-Z]{3})\b/g, (_, digits: string, currency: string) => formatPrice(Number(digits.replace(/,/g, '')), currency));
}

/** A short amount for an axis tick: `€120k`, `€1.5M`. */
export function formatMoneyShort(amount: number, currency: string): string {
  const symbol = SYMBOLS[currency];
  if (isFrench()) {
    // `120 k€`, `1,5 M€`: the French short form puts the unit after the number.
    const fr = amount === 0 ? '0' : short(amount).replace('.', ',').replace(/([kMG])$/, '\u202f$1').replace('G', 'Md');
    return `${fr}${symbol && /[kMd]$/.test(fr) ? symbol : `\u202f${symbol ?? currency}`}`;
  }
  const text = amount === 0 ? '0' : short(amount).replace('G', 'bn');
  return symbol ? `${symbol}${text}` : `${text} ${currency}`;
}
