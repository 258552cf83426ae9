/** The PNG's size is read from the chart's own SVG (draw.ts writes width and height). */
import { describe, expect, it } from 'vitest';
import { svgSize } from '../../../src/ui/export/png';

describe('svgSize', () => {
  it('reads width and height from the root element only', () => {
    expect(svgSize('<svg xmlns="http://www.w3.org/2000/svg" width="812" height="340.4" viewBox="0 0 812 340"><rect width="5" height="6"/></svg>')).toEqual({ width: 812, height: 340 });
  });

  it('gives NaN when the chart has no size yet, so the export refuses it', () => {
    const size = svgSize('<svg><rect width="5" height="6"/></svg>');
    expect(Number.isNaN(size.width) && Number.isNaN(size.height)).toBe(true);
  });
});
