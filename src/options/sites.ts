/** Sites: the reader's own, paused ones, the built-in list, and "all article pages". */
import { t } from '../shared/i18n';
import { NEWS_SITES } from '../sites/news-sites';
import { normalizeSite, type Settings } from '../shared/settings';
import { announce, button, byId, fillList, h } from './dom';
import { ALL_SITES, hasOrigins, removeOrigins, requestOrigins, siteOrigins } from './permissions';
import type { Store } from './store';

const without = (list: string[], site: string) => list.filter((s) => s !== site);
const builtinSites = () => [...new Set(NEWS_SITES.map((s) => normalizeSite(s.host)).filter((s): s is string => !!s))];

export function wireSites(store: Store): void {
  const builtin = new Set(builtinSites());
  const form = byId<HTMLFormElement>('add-site');
  const input = byId<HTMLInputElement>('add-site-input');
  const error = byId('add-site-error');

  const showError = (text: string) => {
    error.textContent = text;
    input.setAttribute('aria-invalid', text ? 'true' : 'false');
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const s = store.get();
    const site = normalizeSite(input.value);
    if (!site) return showError(t('optNotASite'));
    if (s.enabledSites.includes(site)) return showError(t('optAlreadyListed', site));
    showError('');
    // Ask first, synchronously in the click: the browser only shows its prompt during a user action.
    const asked = requestOrigins(siteOrigins(site));
    void asked.then(async (granted) => {
      if (!granted) return showError(t('optNotGranted', site));
      input.value = '';
      await store.save({ enabledSites: [...store.get().enabledSites, site] }, t('optAdded', site));
    });
  });

  const pause = (site: string, paused: boolean) => {
    const list = store.get().pausedSites;
    void store.save(
      { pausedSites: paused ? [...without(list, site), site] : without(list, site) },
      paused ? t('optPausedSite', site) : t('optResumedSite', site),
    );
  };
  const remove = (site: string) => {
    const s = store.get();
    // Built-in sites are the extension's own host access and cannot be dropped; added ones can.
    if (!builtin.has(site)) void removeOrigins(siteOrigins(site));
    void store.save({ enabledSites: without(s.enabledSites, site), pausedSites: without(s.pausedSites, site) }, t('optRemovedSite', site));
  };

  const allPages = byId<HTMLInputElement>('all-article-pages');
  allPages.addEventListener('change', () => {
    if (allPages.checked) {
      const asked = requestOrigins(ALL_SITES);
      void asked.then(async (granted) => {
        if (!granted) {
          allPages.checked = false;
          announce(t('optAllNotGranted'));
          return;
        }
        await store.save({ allArticlePages: true }, t('optAllOn'));
      });
    } else {
      void removeOrigins(ALL_SITES);
      void store.save({ allArticlePages: false }, t('optAllOff'));
    }
  });

  byId('builtin-count').textContent = String(builtin.size);

  store.subscribe((s: Settings) => {
    fillList(
      'my-sites',
      'my-sites-empty',
      s.enabledSites.map((site) => {
        const paused = s.pausedSites.includes(site);
        return h(
          'li',
          {},
          h('span', { className: 'site', text: site }),
          paused ? h('span', { className: 'tag', text: t('optPausedTag') }) : '',
          button(paused ? t('optResume') : t('optPause'), () => pause(site, !paused), t(paused ? 'optResumeNamed' : 'optPauseNamed', site)),
          button(t('optRemove'), () => remove(site), t('optRemoveNamed', site)),
        );
      }),
    );
    fillList(
      'paused-sites',
      'paused-empty',
      s.pausedSites.map((site) => h('li', {}, h('span', { className: 'site', text: site }), button(t('optResume'), () => pause(site, false), t('optResumeNamed', site)))),
    );
    byId('builtin-sites').replaceChildren(
      ...[...builtin].map((site) => {
        const paused = s.pausedSites.includes(site);
        return h('li', {}, h('span', { className: 'site', text: site }), button(paused ? t('optResume') : t('optPause'), () => pause(site, !paused), t(paused ? 'optResumeNamed' : 'optPauseNamed', site)));
      }),
    );
    fillList(
      'site-off',
      'site-off-empty',
      s.siteOff.map((site) =>
        h('li', {}, h('span', { className: 'site', text: site }), button(t('optTurnBackOn'), () => void store.save({ siteOff: without(store.get().siteOff, site) }, t('optBackOn', site)), t('optTurnBackOnNamed', site))),
      ),
    );
    allPages.checked = s.allArticlePages;
  });

  // The permission can be withdrawn from the browser's own settings; say so instead of pretending.
  void hasOrigins(ALL_SITES).then((has) => {
    if (store.get().allArticlePages && !has) {
      byId('all-article-pages-help').textContent =
        t('optAllWithdrawn');
    }
  });
}
