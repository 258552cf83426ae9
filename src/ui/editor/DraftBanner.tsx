/**
 * Says that the last change is not applied and why: the figures still come from the last valid
 * scenario. Problems no field on the page shows are listed here with their paths.
 */
import { t } from '../i18n';
import { ProblemText } from './ProblemText';
import { useAppState } from '../state/context';
import { useUnplacedProblems } from './problemsContext';

export function DraftBanner() {
  const draft = useAppState((s) => s.draft);
  const discard = useAppState((s) => s.discardDraft);
  const unplaced = useUnplacedProblems();
  if (draft === null) return null;
  const n = draft.problems.length;
  return (
    <div className="draft-banner" data-testid="draft-banner">
      <p>
        <strong>{t('forecast.draftTitle')}</strong> {t('forecast.draftCount', { n })}{' '}
        {t('forecast.draftStill')}{' '}
        <button type="button" className="small" onClick={discard}>{t('forecast.discard')}</button>
      </p>
      {unplaced.length > 0 && <ul>{unplaced.map((p, k) => <li key={k}><ProblemText problem={p} /></li>)}</ul>}
    </div>
  );
}
