/** The options page: each section is wired by its own module. */
import { localizeDocument, t } from '../shared/i18n';
import { announce } from './dom';
import { download, wireBackup } from './backup';
import { wireCorrections } from './corrections';
import { wireHighlighting } from './highlighting';
import { wireMemory } from './memory';
import { wireReading } from './reading';
import { wireShortcut } from './shortcut';
import { wireSites } from './sites';
import { createStore } from './store';

async function start(): Promise<void> {
  localizeDocument(document);
  const store = await createStore();
  wireReading(store);
  wireSites(store);
  wireHighlighting(store);
  wireCorrections(store);
  wireBackup(store);
  await Promise.all([wireShortcut(), wireMemory(store, download)]);
  document.documentElement.dataset.state = 'ready';
}

start().catch((e: unknown) => {
  announce(t('optLoadFailed', e instanceof Error ? e.message : String(e)));
  document.documentElement.dataset.state = 'error';
});
