import { createElement, type ComponentProps, type ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { I18nProvider } from "@/lib/i18n/client";
import { messagesFor } from "@/lib/i18n/translate";

type ProviderProps = ComponentProps<typeof I18nProvider>;

/** Server-renders a component inside the Chinese catalog, as the console shows it. */
export function renderInChinese(element: ReactElement): string {
  return renderToString(createElement(I18nProvider, { locale: "zh-CN", messages: messagesFor("zh-CN") } as ProviderProps, element));
}
