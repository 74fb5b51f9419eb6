import { defineConfig } from 'vite';

/**
 * The staff console: a React single-page app under /console, built into dist/console and served by the
 * FocalPoint server itself (src/server/console-static). No plugin: oxc compiles TSX with the automatic
 * JSX runtime. Nothing is inlined, so the strict CSP (no inline script or style) holds.
 */
export default defineConfig({
  root: 'src/web',
  base: '/console/',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: '../../dist/console',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    sourcemap: false,
    target: 'es2022',
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      // TanStack Query marks its modules "use client" for React Server Components; meaningless in an SPA.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
