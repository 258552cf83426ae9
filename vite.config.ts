import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './build/csp.ts';

// One config for the app, the workers and the unit tests.
// Worker-only dependencies are listed in optimizeDeps so the dev server does not
// discover them late and reload the page (docs/architecture.md, "Toolchain notes").
export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  worker: { format: 'es' },
  optimizeDeps: { include: ['comlink', 'd3', 'zustand', 'zod', 'papaparse'] },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
