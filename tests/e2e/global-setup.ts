import fs from "node:fs";
import path from "node:path";
import { request, type FullConfig } from "@playwright/test";
import { ACCOUNTS, DEMO_PASSWORD, storageStatePath, type AccountKey } from "./accounts";

// Signs every demo account in once, through the same next-auth flow scripts use
// (csrf → callback/credentials → session), and saves each session for the tests.
export default async function globalSetup(config: FullConfig) {
  const baseURL = config.projects[0].use.baseURL!;
  for (const key of Object.keys(ACCOUNTS) as AccountKey[]) {
    const context = await request.newContext({ baseURL });
    const { csrfToken } = await (await context.get("/api/auth/csrf")).json();
    const response = await context.post("/api/auth/callback/credentials", {
      form: { email: ACCOUNTS[key], password: DEMO_PASSWORD, csrfToken, json: "true" },
    });
    if (!response.ok()) throw new Error(`sign-in of ${ACCOUNTS[key]} failed: ${response.status()}`);
    const session = await (await context.get("/api/auth/session")).json();
    if (session?.user?.email !== ACCOUNTS[key]) throw new Error(`no session for ${ACCOUNTS[key]}: ${JSON.stringify(session)}`);
    fs.mkdirSync(path.dirname(storageStatePath(key)), { recursive: true });
    await context.storageState({ path: storageStatePath(key) });
    await context.dispose();
  }
}
