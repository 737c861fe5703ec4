"use client";
import { useT } from "@/lib/i18n/client";

// 常用语: the problems inspectors write most, one tap each (keys of inspect.phrases).
const PHRASE_KEYS = ["litter", "vending", "parking", "graffiti", "damaged", "adsMissing", "deadCorner", "garbage", "smoking", "queueing"] as const;

/** Appends a common problem phrase to the note. */
export function QuickPhrases({ onPick }: { onPick: (phrase: string) => void }) {
  const t = useT();
  return (
    <div className="space-y-1">
      <p className="text-sm text-slate-600">{t("inspect.note.quickPhrases")}</p>
      <div className="flex flex-wrap gap-2">
        {PHRASE_KEYS.map((key) => (
          <button
            key={key}
            type="button"
            className="min-h-10 rounded-full border border-slate-300 bg-white px-3 text-sm text-slate-800 active:bg-slate-100"
            onClick={() => onPick(t(`inspect.phrases.${key}`))}
          >
            {t(`inspect.phrases.${key}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
