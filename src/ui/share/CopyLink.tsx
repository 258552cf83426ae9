/**
 * "Copy link": the whole scenario in the address's fragment (src/scenario/link.ts), which the
 * browser never sends to a server. The link is also shown, selected, for when the clipboard is
 * refused (a page without permission, an old browser).
 */
import { useTranslation } from '../i18n/useTranslation';
import { useState } from 'react';
import { scenarioLinkFragment } from '../../scenario/link';
import { useAppState } from '../state/context';
import { formatNumber } from '../format';
import '../persist/persist.css';

/** The app's address without its fragment, plus `fragment`. */
export function shareAddress(fragment: string, location: { origin: string; pathname: string; search: string } = window.location): string {
  return `${location.origin}${location.pathname}${location.search}${fragment}`;
}

export function CopyLink() {
  const whenSettled = useAppState((s) => s.whenSettled);
  const [shown, setShown] = useState<{ url: string; copied: boolean; forName: string } | null>(null);
  const { t } = useTranslation();
  const copy = async () => {
    // An edit still being checked in the worker goes into the link too, once applied.
    const scenario = await whenSettled();
    const url = shareAddress(await scenarioLinkFragment(scenario));
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      // Shown below for copying by hand.
    }
    setShown({ url, copied, forName: scenario.name });
  };
  return (
    <div className="copy-link">
      <button type="button" onClick={() => void copy()} title={t('app.copyLinkTitle')}>{t('app.copyLink')}</button>
      {shown && (
        <div className="copy-link-box" role="status" data-testid="share-link" onKeyDown={(e) => { if (e.key === 'Escape') setShown(null); }}>
          <span>{shown.copied ? t('app.linkCopied') : t('app.copyThisLink')} ({t('app.linkLength', { length: formatNumber(shown.url.length), name: shown.forName })}) :</span>
          <input readOnly value={shown.url} aria-label={t('app.shareLink')} onFocus={(e) => e.currentTarget.select()} />
          <button type="button" className="small" onClick={() => setShown(null)} aria-label={t('app.close')}>✕</button>
        </div>
      )}
    </div>
  );
}
