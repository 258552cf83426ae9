/** Amounts of money in charts and tables: `€12,340`, `12,340 CHF`; axis ticks short (`€120k`). */
import { format } from 'd3';

const SYMBOLS: Record<string, string> = { EUR: '€', USD: '$', GBP: '£' };
const whole = format(',.0f');
const short = format('.3~s');

/** A whole amount with the currency's symbol (or code). */
export function formatMoney(amount: number, currency: string): string {
  const value = Number.isFinite(amount) ? amount : 0;
  const symbol = SYMBOLS[currency];
  const sign = value < 0 ? '−' : '';
  return symbol ? `${sign}${symbol}${whole(Math.abs(value))}` : `${sign}${whole(Math.abs(value))} ${currency}`;
}

/** A short amount for an axis tick: `€120k`, `€1.5M`. */
export function formatMoneyShort(amount: number, currency: string): string {
  const symbol = SYMBOLS[currency];
  const text = amount === 0 ? '0' : short(amount).replace('G', 'bn');
  return symbol ? `${symbol}${text}` : `${text} ${currency}`;
}
