import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const prismaImports = {
  patterns: [
    {
      group: ["@/lib/generated/prisma/client", "**/generated/prisma/client", "@prisma/client", "@prisma/client/*"],
      message: "Prisma lives in lib/server only (house rule 3).",
    },
  ],
};

const config = [
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      "lib/generated/**",
      ".data/**",
      ".data-*/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      "prisma/offline-engine/**",
    ],
  },
  ...nextVitals,
  ...nextTs,
  {
    files: ["app/**", "components/**", "lib/actions/**", "lib/api/**", "lib/domain/**", "lib/i18n/**", "lib/validation/**"],
    rules: { "no-restricted-imports": ["error", prismaImports] },
  },
  {
    rules: {
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read configuration through lib/env.ts (house rule 1)." }],
    },
  },
  {
    files: ["lib/env.ts", "scripts/**", "tests/**", "prisma.config.ts", "playwright.config.ts", "vitest.config.mts", "prisma/**"],
    rules: { "no-restricted-properties": "off" },
  },
];
export default config;
