// The pages npm start shows: the bundled HTML samples and, when present, the two seeds.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export function samplePages(root) {
  const pages = [];
  const samples = join(root, 'samples');
  if (existsSync(samples)) {
    for (const name of readdirSync(samples).sort()) if (/\.html?$/i.test(name)) pages.push(join(samples, name));
  }
  const seeds = join(root, '..', 'shared', 'seeds');
  if (existsSync(seeds)) {
    for (const name of readdirSync(seeds).sort()) if (/\.txt$/i.test(name)) pages.push(join(seeds, name));
  }
  return pages.map((p) => relative(root, p));
}
