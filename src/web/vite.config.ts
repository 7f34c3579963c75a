import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The app lives in src/web and builds into dist/web, which the server serves at `/`
// (src/api/routes/web.routes.ts). Paths are resolved from this file, not the caller's cwd.
const webRoot = decodeURIComponent(new URL('.', import.meta.url).pathname);

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  build: {
    outDir: `${webRoot}../../dist/web`,
    emptyOutDir: true,
    // Charts are the heaviest dependency; keep them out of the first page's bundle.
    chunkSizeWarningLimit: 900,
  },
  server: {
    // `npx vite -c src/web/vite.config.ts` during development, with the API on 8080.
    proxy: { '/api': 'http://127.0.0.1:8080', '/docs': 'http://127.0.0.1:8080', '/openapi.json': 'http://127.0.0.1:8080' },
  },
});
