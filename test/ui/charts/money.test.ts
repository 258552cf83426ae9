import { describe, expect, it } from 'vitest';
import { formatMoney, formatMoneyChange, formatPrice, moneyInWords } from '../../../src/ui/charts/money';
import { plainWords } from '../../../src/ui/compare/plainWords';

describe('money: one format in the app', () => {
  it('keeps a price\'s cents and rounds totals', () => {
    expect(formatPrice(3.5, 'EUR')).toBe('€3.50');
    expect(formatPrice(29, 'EUR')).toBe('€29');
    expect(formatPrice(4.2, 'CHF')).toBe('4.20 CHF');
    expect(formatMoney(540008.4, 'EUR')).toBe('€540,008');
  });
  it('signs a change', () => {
    expect(formatMoneyChange(8840.2, 'EUR')).toBe('+€8,840');
    expect(formatMoneyChange(-1200, 'EUR')).toBe('−€1,200');
    expect(formatMoneyChange(0.3, 'EUR')).toBe('€0');
  });
  it('rewrites the engines\' "540,008 EUR" in the app\'s format, in sentences too', () => {
    expect(moneyInWords('meets every target at 540,008 EUR (± 152 EUR), the cheapest')).toBe('meets every target at €540,008 (± €152), the cheapest');
    expect(moneyInWords('priced 3.5 EUR per call; 12 agents')).toBe('priced €3.50 per call; 12 agents');
    expect(plainWords('Next: overtime at 544,248 EUR on 2026-06-15.', (id) => id, [])).toBe('Next: overtime at €544,248 on Mon 15 Jun.');
  });
});

describe('money in words: only whole amounts are rewritten', () => {
  it('leaves a number without thousands separators alone rather than cutting it', () => {
    expect(moneyInWords('12345 EUR')).toBe('12345 EUR');
    expect(moneyInWords('a bill of 1,234.5 EUR.')).toBe('a bill of €1,234.50.');
  });
});
