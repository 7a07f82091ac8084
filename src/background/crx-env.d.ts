// `import file from './x.ts?script'` gives the built file name (crxjs).
/// <reference types="@crxjs/vite-plugin/client" />
