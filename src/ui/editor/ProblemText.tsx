/** A problem in a list: its path as the file's own word (never translated), then why, in the app's language. */
import type { Problem } from '../../scenario/problems';
import { language } from '../i18n/locale';
import { problemText } from '../i18n/problemWords';

export function ProblemText({ problem }: { problem: Problem }) {
  const text = problemText(problem);
  if (problem.path === '') return <>{text}</>;
  return <><code translate="no">{problem.path}</code>{language() === 'fr' ? ' :' : ':'} {text}</>;
}
