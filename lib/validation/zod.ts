import { z } from "zod";

// Validation messages in Simplified Chinese everywhere the shared schemas are used.
z.config(z.locales.zhCN());

export { z };
