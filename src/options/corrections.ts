/**
 * The reader's corrections, per site. A correction is stored as the block's
 * fingerprint (no text is kept), so the list shows the action and a short
 * form of the fingerprint.
 */
import { t } from '../shared/i18n';
import { removeCorrection } from '../shared/settings';
import { announce, button, byId, h } from './dom';
import type { Store } from './store';

const ACTION_TEXT = { keep: 'optCorrectionKeep', flag: 'optCorrectionFlag' } as const;

export function wireCorrections(store: Store): void {
  const list = byId('corrections-list');
  const forget = (site: string, fingerprint?: string) =>
    void removeCorrection(site, fingerprint)
      .then(() => announce(fingerprint ? t('optCorrectionRemoved', site) : t('optCorrectionsRemoved', site)))
      .catch(() => announce(t('optCorrectionRemoveFailed')));

  store.subscribe((s) => {
    const sites = Object.keys(s.corrections)
      .filter((site) => s.corrections[site].length)
      .sort();
    list.replaceChildren(
      ...sites.map((site, i) => {
        const items = s.corrections[site];
        const headingId = `corrections-site-${i}`;
        return h(
          'section',
          { className: 'corrections-site', attrs: { 'aria-labelledby': headingId } },
          h('h3', { text: `${site} (${items.length})`, attrs: { id: headingId } }),
          h(
            'ul',
            {},
            ...items.map((c) =>
              h(
                'li',
                {},
                h('span', { className: 'tag', text: t(ACTION_TEXT[c.action]) }),
                h('code', { text: c.fingerprint.slice(0, 12), attrs: { title: c.fingerprint } }),
                button(t('optRemove'), () => forget(site, c.fingerprint), t('optRemoveCorrectionNamed', c.fingerprint.slice(0, 12), site)),
              ),
            ),
          ),
          button(t('optRemoveAll'), () => forget(site), t('optRemoveAllNamed', site)),
        );
      }),
    );
    byId('corrections-empty').hidden = sites.length > 0;
  });
}
