import type { Translator } from '../../i18n/translate';

/** "My style (26/11/2026, 14:30:05)": the title of a user-trained style, in the UI's locale. */
export function userStyleTitle(createdAt: number, i18n: Pick<Translator, 't' | 'locale'>): string {
  const date = new Date(createdAt).toLocaleString(i18n.locale, {
    dateStyle: 'short',
    timeStyle: 'medium',
  });
  return i18n.t('styleTrain.myStyle', { date });
}
