/**
 * The guided path for a newcomer: which step this is, what to do here in one sentence, and a
 * button to the next step — so the app can be used without reading anything first.
 */
import { useAppState } from '../state/context';
import { useTranslation } from '../i18n/useTranslation';
import { VIEWS, viewAfter } from '../state/viewSlice';
import './GuidedStrip.css';

export function GuidedStrip() {
  const view = useAppState((s) => s.view);
  const setView = useAppState((s) => s.setView);
  const next = viewAfter(view);
  const step = VIEWS.indexOf(view) + 1;
  const { t } = useTranslation();
  return (
    <div className="guided-strip" role="region" aria-label={t('guide.region')} data-testid="guide">
      <span className="guide-step">{t('guide.step', { step, count: VIEWS.length })}</span>
      <p className="guide-sentence">{t(`guide.${view}`)}</p>
      {next !== null
        ? <button type="button" className="guide-next" onClick={() => { setView(next); window.scrollTo({ top: 0 }); }}>{t('guide.next', { title: t(`nav.${next}.label`) })}</button>
        : <button type="button" className="guide-next" onClick={() => setView(VIEWS[0])}>{t('guide.restart')}</button>}
    </div>
  );
}
