import { afterEach, describe, expect, it } from 'vitest';
import { formatDay, formatDayRanges } from '../../../src/ui/charts/time';
import { formatMoney, formatMoneyChange, formatMoneyShort, formatPrice } from '../../../src/ui/charts/money';
import { formatNumber, formatPercent, formatSeconds } from '../../../src/ui/format';
import { browserLanguage, setCurrentLanguage } from '../../../src/ui/i18n/locale';

const NNBSP = '\u202f';
const day = new Date('2026-06-08T00:00:00Z');
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('formats follow the language', () => {
  afterEach(() => setCurrentLanguage('en'));

  it('English: €531,168, Mon 8 Jun, 80.0 %', () => {
    setCurrentLanguage('en');
    expect(formatMoney(531_168, 'EUR')).toBe('€531,168');
    expect(formatPrice(3.5, 'EUR')).toBe('€3.50');
    expect(formatMoneyChange(-1200, 'EUR')).toBe('−€1,200');
    expect(formatDay(day)).toBe('Mon 8 Jun');
    expect(formatPercent(0.8)).toBe('80.0 %');
    expect(formatNumber(12_345.6, 1)).toBe('12,345.6');
  });

  it('French: 531 168 €, lun. 8 juin, 80,0 %, decimal commas', () => {
    setCurrentLanguage('fr');
    expect(plain(formatMoney(531_168, 'EUR'))).toBe('531 168 €');
    expect(plain(formatPrice(3.5, 'EUR'))).toBe('3,50 €');
    expect(plain(formatMoneyChange(8840, 'EUR'))).toBe('+8 840 €');
    expect(plain(formatMoneyChange(-1200, 'EUR'))).toBe('−1 200 €');
    expect(plain(formatMoneyShort(120_000, 'EUR'))).toBe('120 k€');
    expect(formatDay(day)).toBe('lun. 8 juin');
    expect(formatPercent(0.8)).toBe(`80,0${NNBSP}%`);
    expect(formatSeconds(8.44)).toBe('8,4 s');
    expect(plain(formatNumber(12_345.6, 1))).toBe('12 345,6');
    expect(formatDayRanges(['2026-06-15', '2026-06-16', '2026-06-17'])).toBe('lun. 15 – mer. 17 juin');
  });

  it('opens in French when the browser prefers French, else in English', () => {
    expect(browserLanguage(['fr-FR', 'en'])).toBe('fr');
    expect(browserLanguage(['fr-CA'])).toBe('fr');
    expect(browserLanguage(['de-DE', 'en-US'])).toBe('en');
    expect(browserLanguage(['de-DE'])).toBe('en');
  });
});
