/** Replications and seed for the next run (the same seed gives the same answer). */
import { useId } from 'react';
import { useAppState } from '../state/context';

export function RunSettingsFields({ disabled }: { disabled: boolean }) {
  const settings = useAppState((s) => s.runSettings);
  const setRunSettings = useAppState((s) => s.setRunSettings);
  const id = useId();
  const whole = (text: string, min: number, max: number) => {
    const n = Math.round(Number(text));
    return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : min;
  };
  return (
    <div className="run-settings">
      <label htmlFor={`${id}-r`}>Replications</label>
      <input id={`${id}-r`} type="number" min={2} max={500} value={settings.replications} disabled={disabled}
        onChange={(e) => setRunSettings({ replications: whole(e.target.value, 2, 500) })} />
      <label htmlFor={`${id}-s`}>Seed</label>
      <input id={`${id}-s`} type="number" min={0} value={settings.seed} disabled={disabled}
        onChange={(e) => setRunSettings({ seed: whole(e.target.value, 0, 2 ** 32 - 1) })} />
    </div>
  );
}
