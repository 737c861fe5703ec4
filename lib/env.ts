import path from "node:path";
import { z } from "zod";
import { parseTrustProxy } from "@/lib/auth/trust-proxy";

// The only reader of process.env (house rule 1). Parsed lazily so that importing a module
// never fails at build time; every value has a safe default for a first start.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .optional()
    .transform((v) => (v && v.trim() !== "" ? v : undefined)),
  DATA_DIR: z.string().default("./.data"),
  PORT: z.coerce.number().int().positive().default(3000),
  NEXTAUTH_SECRET: z.string().optional(),
  NEXTAUTH_URL: z.string().optional(),
  DEMO: z.string().optional(),
  DEMO_PASSWORD: z.string().min(8).default("Demo@2026"),
  SEED_DEMO: z.string().optional(),
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(20 * 1024 * 1024),
  CHUANGWEN_MEMORY_DB: z.string().optional(),
  // Proxies allowed to name the client's address in X-Forwarded-For: a hop count or CIDRs.
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((value, ctx) => {
      try {
        return parseTrustProxy(value);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message });
        return z.NEVER;
      }
    }),
});

export type Env = z.infer<typeof schema> & {
  dataDir: string;
  isEmbedded: boolean;
  isDemo: boolean;
};

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.parse(process.env);
  const isEmbedded = parsed.DATABASE_URL === undefined;
  cached = {
    ...parsed,
    dataDir: path.resolve(parsed.DATA_DIR),
    isEmbedded,
    // Demo accounts skip the forced password change on the embedded demo, or when DEMO=1.
    isDemo: parsed.DEMO === undefined ? isEmbedded : parsed.DEMO === "1",
  };
  return cached;
}

/** For tests and launchers that change the environment after start-up. */
export function resetEnvCache(): void {
  cached = undefined;
}
