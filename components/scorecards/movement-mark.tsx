import type { Movement } from "@/lib/domain/publications/snapshot-schema";
import type { Translate } from "@/lib/i18n/translate";

const TONES = { UP: "text-green-700", DOWN: "text-red-700", SAME: "text-slate-500", NEW: "text-sky-700" } as const;

/** A rank's change since the previous publication: ↑2, ↓1, 新上榜, or — when unchanged or not ranked. */
export function MovementMark({ movement, t }: { movement: Movement | null; t: Translate }) {
  if (movement === null) return <span className="text-slate-400">—</span>;
  const text =
    movement.kind === "UP"
      ? t("scorecards.movement.up", { by: movement.by })
      : movement.kind === "DOWN"
        ? t("scorecards.movement.down", { by: movement.by })
        : t(`scorecards.movement.${movement.kind === "NEW" ? "new" : "same"}`);
  const label =
    movement.kind === "UP" || movement.kind === "DOWN"
      ? t(`scorecards.movement.${movement.kind === "UP" ? "upLabel" : "downLabel"}`, { by: movement.by })
      : text;
  return (
    <span className={`tabular-nums whitespace-nowrap ${TONES[movement.kind]}`} title={label} aria-label={label}>
      {text}
    </span>
  );
}
