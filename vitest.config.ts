import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    setupFiles: ['tests/setup.ts'],
    // Build and browser tests run `astro build` in the project root, which writes `.astro/`;
    // one file at a time keeps them from racing, and the unit tests take a second anyway.
    fileParallelism: false,
    // Build tests run `astro build` several times; the rest finish in milliseconds.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    coverage: {
      include: ['src/lib/**', 'src/schemas/**', 'src/markdown/**', 'src/loaders/**'],
    },
  },
});
