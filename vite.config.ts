import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const apiTarget = `http://127.0.0.1:${process.env.PORT ?? '3000'}`;
const fromRoot = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/**
 * Two entries, one build: the agent desk (index.html) and the customer chat page (chat.html, served
 * at /chat, with its own small bundle that does not load the desk). The embeddable /widget.js that
 * frames /chat on third-party sites is written by the server.
 */
export default defineConfig({
  root: 'client',
  plugins: [react()],
  resolve: { alias: { '@shared': fromRoot('./shared') } },
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    // Maps are written for whoever decodes a reported stack trace, but the bundles do not point to
    // them and the server never serves a .map (server/src/http/static-client.ts): no public source.
    sourcemap: 'hidden',
    rolldownOptions: {
      input: {
        desk: fromRoot('./client/index.html'),
        chat: fromRoot('./client/chat.html'),
      },
    },
  },
  server: {
    port: Number(process.env.VITE_PORT ?? 5173),
    proxy: {
      '/api': apiTarget,
      '/socket.io': { target: apiTarget, ws: true },
    },
  },
});
