"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlA11y, Field } from "@/components/ui/field";
import { controlClass } from "@/components/ui/input";
import { useT } from "@/lib/i18n/client";
import { compressPhoto } from "@/lib/inspect/compress-photo";
import { REPLY_MAX_PHOTOS } from "@/lib/validation/findings";
import { tooManyFilesMessage } from "@/lib/domain/evidence/upload-limits";

type FieldErrors = Record<string, string[]>;

const newKey = () => (typeof crypto.randomUUID === "function" ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`);

/**
 * The liaison's one-screen reply on a phone: what was done and after-photos from the camera or
 * the album, made small on the phone. Sent to the API as multipart (uploads do not fit a server action) with a clientKey
 * made once per reply, so a retry after a dropped connection never saves it twice.
 */
export function ReplyForm({ finding }: { finding: { id: string; version: number } }) {
  const t = useT();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [clientKey, setClientKey] = useState(newKey);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const textId = `reply-text-${finding.id}`;
  const photosId = `reply-photos-${finding.id}`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const chosen = new FormData(form).getAll("photos").filter((value): value is File => typeof value !== "string" && value.size > 0);
    if (chosen.length > REPLY_MAX_PHOTOS) {
      setErrors({ photos: [tooManyFilesMessage(REPLY_MAX_PHOTOS)] });
      return;
    }
    const body = new FormData();
    body.set("text", String(new FormData(form).get("text") ?? ""));
    body.set("clientKey", clientKey);
    body.set("version", String(finding.version));
    startTransition(async () => {
      try {
        // Made small on the phone first, as the inspector's photos are: a reply often goes out on a weak network.
        for (const [index, file] of chosen.entries()) {
          const photo = await compressPhoto(file, index);
          body.append("photos", new File([photo.bytes], photo.name, { type: photo.type }));
        }
        const response = await fetch(`/api/v1/findings/${encodeURIComponent(finding.id)}/rectifications`, { method: "POST", body, credentials: "same-origin" });
        const answer = (await response.json().catch(() => ({}))) as { error?: { message?: string }; fieldErrors?: FieldErrors };
        if (response.ok) {
          setErrors({});
          setMessage({ tone: "success", text: t("findings.reply.sent") });
          setClientKey(newKey());
          form.reset();
          router.refresh();
          return;
        }
        const fieldErrors = { ...(answer.fieldErrors ?? {}) };
        if ((response.status === 413 || response.status === 415) && answer.error?.message) fieldErrors.photos = [answer.error.message];
        setErrors(fieldErrors);
        setMessage(Object.keys(fieldErrors).length ? null : { tone: "error", text: answer.error?.message ?? t("errors.INTERNAL") });
      } catch {
        setMessage({ tone: "error", text: t("errors.INTERNAL") });
      }
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <Field id={textId} label={t("findings.reply.text")} hint={t("findings.reply.textHint")} errors={errors.text} required>
        <textarea {...controlA11y(textId, errors.text, t("findings.reply.textHint"))} name="text" rows={4} maxLength={2000} className={controlClass} />
      </Field>
      <Field id={photosId} label={t("findings.reply.photos")} hint={t("findings.reply.photosHint")} errors={errors.photos}>
        <input
          {...controlA11y(photosId, errors.photos, t("findings.reply.photosHint"))}
          name="photos"
          type="file"
          accept="image/*"
          multiple
          className="block w-full text-sm text-slate-700 file:mr-3 file:min-h-11 file:rounded file:border-0 file:bg-slate-100 file:px-3 file:py-2"
        />
      </Field>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <Button type="submit" variant="primary" disabled={isPending} className="min-h-11 w-full sm:w-auto">
        {t("findings.reply.submit")}
      </Button>
    </form>
  );
}
