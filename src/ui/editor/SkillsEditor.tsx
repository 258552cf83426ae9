/** A pool's skills: the channels it serves, highest priority first (a freed agent takes that channel's oldest contact first). */
import { t } from '../i18n';
import type { ChannelFile } from '../../scenario/schema';
import { GroupMessages } from './fields';
import { getAtPath } from './paths';
import { moved } from './staffingEdit';
import { useScenarioEditor } from './useEditor';

export function SkillsEditor({ base }: { base: string }) {
  const { doc, edit } = useScenarioEditor();
  const path = `${base}.skills`;
  const skills = (getAtPath(doc, path) as string[] | undefined) ?? [];
  const channels = (getAtPath(doc, 'channels') as Partial<ChannelFile>[] | undefined) ?? [];
  const nameOf = (id: string) => channels.find((c) => c.id === id)?.name ?? id;
  const missing = channels.filter((c) => typeof c.id === 'string' && !skills.includes(c.id));
  return (
    <div className="skills">
      <span className="field-label">Skills, highest priority first</span>
      <ol>
        {skills.map((id, k) => (
          <li key={id}>
            <span className="skill-name" translate="no">{nameOf(id)}</span>
            <button type="button" className="small" aria-label={t('editor.raise', { name: nameOf(id) })} disabled={k === 0} onClick={() => edit(path, moved(skills, k, k - 1))}>↑</button>
            <button type="button" className="small" aria-label={t('editor.lower', { name: nameOf(id) })} disabled={k === skills.length - 1} onClick={() => edit(path, moved(skills, k, k + 1))}>↓</button>
            <button type="button" className="small" aria-label={t('editor.removeNamed', { name: nameOf(id) })} onClick={() => edit(path, skills.filter((s) => s !== id))}>{t('editor.remove')}</button>
          </li>
        ))}
      </ol>
      {missing.length > 0 && (
        <label className="add-skill">
          <span className="visually-hidden">{t('editor.addSkill')}</span>
          <select value="" onChange={(e) => e.target.value && edit(path, [...skills, e.target.value])}>
            <option value="">{t('editor.addSkillOption')}</option>
            {missing.map((c) => <option key={c.id} value={c.id}>{c.name ?? c.id}</option>)}
          </select>
        </label>
      )}
      <GroupMessages path={path} />
    </div>
  );
}
