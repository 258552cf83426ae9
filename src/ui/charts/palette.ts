/**
 * Colours every chart shares. The series palette is Okabe & Ito's (2008), chosen because the
 * common forms of colour blindness still tell its members apart; charts also vary dash patterns
 * and print labels, so colour is never the only cue.
 */
export const SERIES_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9'] as const;

/** The colour of the `index`-th series, cycling through the palette. */
export function seriesColour(index: number): string {
  return SERIES_COLOURS[((index % SERIES_COLOURS.length) + SERIES_COLOURS.length) % SERIES_COLOURS.length];
}

export const INK = '#1f2933';
export const MUTED_INK = '#52606d';
export const GRID = '#d9dee3';
/** Shade behind peak days: light enough that lines stay readable on top. */
export const PEAK_SHADE = '#fde8c8';
/** Intervals where nothing is open (no volume, no staff). */
export const CLOSED_FILL = '#eef0f2';
