import { defineConfig } from 'vite';

// The CLI: one Node ESM bundle (dist-cli/winnow.js) of the engine, the DOM
// segmenter, the file I/O and the commands. Packages stay external (an SSR
// build's default), so whatever it imports at run time (linkedom) must be a
// runtime dependency in package.json. bin/winnow.js imports the bundle.
export default defineConfig({
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    rollupOptions: { output: { entryFileNames: 'winnow.js', format: 'es' } },
  },
  ssr: { noExternal: [] },
});
