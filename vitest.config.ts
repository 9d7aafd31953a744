import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
    projects: [
      { extends: true, test: { name: "unit", include: ["server/src/**/*.test.ts", "web/src/**/*.test.ts"], exclude: ["**/*.int.test.ts"] } },
      {
        extends: true,
        test: { name: "integration", include: ["server/src/**/*.int.test.ts"], globalSetup: ["server/src/test-support/global-setup.ts"] },
      },
    ],
  },
});
