import type { Translate } from "@/lib/i18n/translate";
import { Button } from "@/components/ui/button";

/** A form's 保存 (保存中… while pending) and, when the form can be closed, 取消. */
export function SaveCancelButtons({ pending, onCancel, t }: { pending: boolean; onCancel?: () => void; t: Translate }) {
  return (
    <div className="flex gap-2">
      <Button type="submit" disabled={pending}>
        {pending ? t("common.saving") : t("common.save")}
      </Button>
      {onCancel && (
        <Button variant="secondary" onClick={onCancel}>
          {t("common.cancel")}
        </Button>
      )}
    </div>
  );
}
