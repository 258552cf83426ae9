/**
 * A text width estimate for laying out legends and margins without measuring in a browser:
 * the chart model must compute the same layout in the page, in jsdom and in an exported file.
 * 0.6 em per character is a safe over-estimate for the UI's sans-serif at digits and lowercase.
 */
export function estimateTextWidth(text: string, fontSizePx: number): number {
  return text.length * fontSizePx * 0.6;
}
