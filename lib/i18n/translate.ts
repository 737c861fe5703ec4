import zhCN from "@/messages/zh-CN.json";
import en from "@/messages/en.json";
import type { Locale } from "./locales";

export type Messages = typeof zhCN;
const CATALOGS: Record<Locale, Messages> = { "zh-CN": zhCN, en: en as Messages };

export function messagesFor(locale: Locale): Messages {
  return CATALOGS[locale];
}

function lookup(messages: unknown, key: string): string | undefined {
  const value = key
    .split(".")
    .reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), messages);
  return typeof value === "string" ? value : undefined;
}

export type TranslateVars = Record<string, string | number>;
export type Translate = (key: string, vars?: TranslateVars) => string;

/** A translator over one catalog; falls back to Chinese, then to the key itself. */
export function createTranslator(messages: Messages): Translate {
  return (key, vars) => {
    const template = lookup(messages, key) ?? lookup(zhCN, key) ?? key;
    return vars ? template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`)) : template;
  };
}
