import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const apiTarget = `http://127.0.0.1:${process.env.PORT ?? '3000'}`;
const fromRoot = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/**
 * Three entries, one build: the agent desk (index.html), the customer chat page (chat.html, its own
 * small bundle without the desk), and the embeddable loader (widget.js: a stable, unhashed name
 * because third-party sites write it in a <script> tag; it imports nothing, so it runs as a
 * classic script).
 */
export default defineConfig({
  root: 'client',
  plugins: [react()],
  resolve: { alias: { '@shared': fromRoot('./shared') } },
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      input: {
        desk: fromRoot('./client/index.html'),
        chat: fromRoot('./client/chat.html'),
        widget: fromRoot('./client/src/widget/loader/widget-loader.ts'),
      },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'widget' ? 'widget.js' : 'assets/[name]-[hash].js'),
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
