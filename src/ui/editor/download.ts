/** Offers `text` as a file download (scenario JSON, forecast CSV, comparison CSV, SVG). */
export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

/** Offers `blob` as a file download (a chart's PNG). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a tick later is enough.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name from a scenario name: `World Cup peak — pay-TV` → `world-cup-peak-pay-tv`. */
export function fileStem(name: string): string {
  const stem = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return stem === '' ? 'scenario' : stem.slice(0, 60);
}
