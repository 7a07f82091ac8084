/** Sites: the reader's own, paused ones, the built-in list, and "all article pages". */
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
    if (!site) return showError('That doesn’t look like a site name. Try something like example.com.');
    if (s.enabledSites.includes(site)) return showError(`${site} is already in your list.`);
    showError('');
    // Ask first, synchronously in the click: the browser only shows its prompt during a user action.
    const asked = requestOrigins(siteOrigins(site));
    void asked.then(async (granted) => {
      if (!granted) return showError(`Winnow was not given access to ${site}, so it wasn’t added.`);
      input.value = '';
      await store.save({ enabledSites: [...store.get().enabledSites, site] }, `Added ${site}.`);
    });
  });

  const pause = (site: string, paused: boolean) => {
    const list = store.get().pausedSites;
    void store.save(
      { pausedSites: paused ? [...without(list, site), site] : without(list, site) },
      paused ? `Paused ${site}.` : `Resumed ${site}.`,
    );
  };
  const remove = (site: string) => {
    const s = store.get();
    // Built-in sites are the extension's own host access and cannot be dropped; added ones can.
    if (!builtin.has(site)) void removeOrigins(siteOrigins(site));
    void store.save({ enabledSites: without(s.enabledSites, site), pausedSites: without(s.pausedSites, site) }, `Removed ${site}.`);
  };

  const allPages = byId<HTMLInputElement>('all-article-pages');
  allPages.addEventListener('change', () => {
    if (allPages.checked) {
      const asked = requestOrigins(ALL_SITES);
      void asked.then(async (granted) => {
        if (!granted) {
          allPages.checked = false;
          announce('Winnow was not given access to all sites; “all article pages” stays off.');
          return;
        }
        await store.save({ allArticlePages: true }, 'Winnow now highlights on all article pages.');
      });
    } else {
      void removeOrigins(ALL_SITES);
      void store.save({ allArticlePages: false }, 'Winnow highlights only on the listed sites now.');
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
          paused ? h('span', { className: 'tag', text: 'paused' }) : '',
          button(paused ? 'Resume' : 'Pause', () => pause(site, !paused), `${paused ? 'Resume' : 'Pause'} ${site}`),
          button('Remove', () => remove(site), `Remove ${site}`),
        );
      }),
    );
    fillList(
      'paused-sites',
      'paused-empty',
      s.pausedSites.map((site) => h('li', {}, h('span', { className: 'site', text: site }), button('Resume', () => pause(site, false), `Resume ${site}`))),
    );
    byId('builtin-sites').replaceChildren(
      ...[...builtin].map((site) => {
        const paused = s.pausedSites.includes(site);
        return h('li', {}, h('span', { className: 'site', text: site }), button(paused ? 'Resume' : 'Pause', () => pause(site, !paused), `${paused ? 'Resume' : 'Pause'} ${site}`));
      }),
    );
    fillList(
      'site-off',
      'site-off-empty',
      s.siteOff.map((site) =>
        h('li', {}, h('span', { className: 'site', text: site }), button('Turn back on', () => void store.save({ siteOff: without(store.get().siteOff, site) }, `Highlighting is back on for ${site}.`), `Turn back on: ${site}`)),
      ),
    );
    allPages.checked = s.allArticlePages;
  });

  // The permission can be withdrawn from the browser's own settings; say so instead of pretending.
  void hasOrigins(ALL_SITES).then((has) => {
    if (store.get().allArticlePages && !has) {
      byId('all-article-pages-help').textContent =
        'Winnow no longer has access to all sites (it was withdrawn in the browser). Switch this off and on again to grant it.';
    }
  });
}
