import { defineConfig } from 'vite';

// The CLI: one Node ESM bundle of the engine, the DOM segmenter and the file I/O.
export default defineConfig({
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'winnow.js', format: 'es' } },
  },
  ssr: { noExternal: [] },
});
