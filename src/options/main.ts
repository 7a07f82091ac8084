/** The options page: each section is wired by its own module. */
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
  announce(`Winnow’s options could not load: ${e instanceof Error ? e.message : String(e)}`);
  document.documentElement.dataset.state = 'error';
});
