/** Open another built-in sample: validated like any file, then it replaces the scenario. */
import { useTranslation } from '../i18n/useTranslation';
import { useId } from 'react';
import { parseScenario } from '../../scenario/parse';
import { samples } from '../../scenario/samples';
import { useAppState } from '../state/context';

export function SamplePicker() {
  const scenario = useAppState((s) => s.scenario);
  const setScenario = useAppState((s) => s.setScenario);
  const setFocusDay = useAppState((s) => s.setFocusDay);
  const id = useId();
  const { t } = useTranslation();
  const current = samples.find((s) => s.scenario.name === scenario.name)?.name ?? '';
  return (
    <div className="sample-picker">
      <label htmlFor={id}>{t('app.sample')}</label>
      <select
        id={id}
        value={current}
        onChange={(e) => {
          const sample = samples.find((s) => s.name === e.target.value);
          if (!sample) return;
          const parsed = parseScenario(sample.scenario);
          if (parsed.ok) {
            setFocusDay(null);
            setScenario(parsed.scenario);
          }
        }}
      >
        {current === '' && <option value="">{t('app.yourScenario')}</option>}
        {samples.map((s) => <option key={s.name} value={s.name}>{t(`samples.${s.name}`)}</option>)}
      </select>
    </div>
  );
}
