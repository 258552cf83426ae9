/** Costs other than the pools' hourly costs: the currency and the cost of an abandoned contact. */
import { NumberField, TextField } from './fields';
import { useScenarioEditor } from './useEditor';

export function CostsEditor() {
  const { scenario } = useScenarioEditor();
  return (
    <fieldset className="card">
      <legend>Costs</legend>
      <div className="row">
        <TextField path="costs.currency" label="Currency" size={5} />
        <NumberField path="costs.abandonedContactCost" label="Cost of one abandoned contact" unit={scenario.costs.currency} size={5} />
      </div>
      <p className="hint">A lost sale or a churn risk: it puts service failures into the total cost. 0 leaves them out.</p>
    </fieldset>
  );
}
