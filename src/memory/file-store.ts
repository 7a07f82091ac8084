/**
 * The CLI's memory: one JSON file (format 2, src/memory/store.ts), read at
 * start and written back atomically (a temporary file beside it, then a
 * rename), so a run that is killed half-way leaves the old file whole.
 * A file that cannot be read at all is moved aside (FILE.damaged-<time>), not
 * overwritten, and the run starts with an empty memory.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { MemoryStore, type MemoryOptions } from './store';

export interface LoadedMemoryFile {
  store: MemoryStore;
  /** What was wrong with the file and what was done about it. */
  problems: string[];
  /** The file did not exist yet. */
  created: boolean;
}

export async function loadMemoryFile(path: string, options: Partial<MemoryOptions> = {}): Promise<LoadedMemoryFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { store: new MemoryStore(options), problems: [], created: true };
    throw e;
  }
  const { store, problems, unreadable } = MemoryStore.fromJson(text, options);
  if (unreadable && text.trim() !== '') {
    const aside = `${path}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await rename(path, aside);
    problems.push(`the unreadable file was kept as ${aside}`);
  }
  return { store, problems, created: false };
}

/** Write the memory to `path` atomically. */
export async function saveMemoryFile(path: string, store: MemoryStore): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await writeFile(tmp, store.toJson(), { encoding: 'utf8', mode: 0o600 });
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}
