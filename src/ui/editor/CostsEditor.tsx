/** Costs other than the pools' hourly costs: the currency and the cost of an abandoned contact. */
import { t } from '../i18n';
import { NumberField, TextField } from './fields';
import { useScenarioEditor } from './useEditor';

export function CostsEditor() {
  const { scenario } = useScenarioEditor();
  return (
    <fieldset className="card">
      <legend>{t('editor.costs')}</legend>
      <div className="row">
        <TextField path="costs.currency" label={t('editor.currency')} size={5} />
        <NumberField path="costs.abandonedContactCost" label={t('editor.abandonedCost')} unit={scenario.costs.currency} size={5} />
      </div>
      <p className="hint">{t('editor.costsHint')}</p>
    </fieldset>
  );
}
