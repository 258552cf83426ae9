/**
 * The engines' reasons in a manager's words: "voice serviceLevel" becomes "Phone service level",
 * ISO dates become "Mon 15 Jun". The engines keep ids (they are also the command line's JSON);
 * the page translates them.
 */
import { TARGET_WORDS } from '../../scenario/targets';
import { moneyInWords } from '../charts/money';
import { formatDay } from '../charts/time';



/** `text` with channel-and-target pairs and ISO dates in words. */
export function plainWords(text: string, channelName: (id: string) => string, channelIds: readonly string[]): string {
  let out = text;
  if (channelIds.length > 0) {
    const ids = channelIds.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    const targets = Object.keys(TARGET_WORDS).join('|');
    out = out.replace(new RegExp(`\\b(${ids}) (${targets})\\b`, 'g'), (_, id: string, target: string) => `${channelName(id)} ${TARGET_WORDS[target as keyof typeof TARGET_WORDS]}`);
  }
  return moneyInWords(out).replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (iso: string) => {
    const t = Date.parse(`${iso}T00:00:00Z`);
    return Number.isNaN(t) ? iso : formatDay(new Date(t));
  });
}
