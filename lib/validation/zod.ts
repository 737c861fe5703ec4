import { z } from "zod";

// Validation messages in Simplified Chinese everywhere the shared schemas are used.
z.config(z.locales.zhCN());
// The pages' CSP forbids eval: in the browser zod must neither compile its fast object parsers
// nor probe whether it may (the probe alone is reported as a CSP violation). Before any schema.
if (typeof window !== "undefined") z.config({ jitless: true });

export { z };
