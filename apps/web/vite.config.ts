import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The officials' web app, built into dist/apps/web and served by the API at `/`.
// Two pages: the app (index.html) and the developers' GraphQL explorer (explorer.html),
// which alone carries the heavy editor.
export default defineConfig({
  root: __dirname,
  base: '/',
  plugins: [react()],
  build: {
    outDir: resolve(__dirname, '../../dist/apps/web'),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: { index: resolve(__dirname, 'index.html'), explorer: resolve(__dirname, 'explorer.html') },
      // GraphiQL's React-compiler hints ("use no memo") are meaningless in a bundle.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: { proxy: { '/graphql': 'http://localhost:3000', '/periods': 'http://localhost:3000' } },
});
