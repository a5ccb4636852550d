import { defineConfig } from 'vite';

export default defineConfig({
  // Relative URLs, so the built demo works from any folder of a trust's web server.
  base: './',
  build: {
    target: 'es2022',
    // No inline scripts or styles anywhere (strict Content-Security-Policy): Vite already puts
    // the entry module and the CSS in files; keep assets as files too instead of data: URLs.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // One bundle with Lit, the SDK and every element is expected here (~185 kB gzipped).
    chunkSizeWarningLimit: 1000,
  },
  preview: { host: '127.0.0.1' },
});
