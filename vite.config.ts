import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig({
  plugins: [crx({ manifest: manifest as never, browser: 'chrome' })],
  build: { outDir: 'dist', emptyOutDir: true },
});
