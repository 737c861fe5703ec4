import type { QueuedCheck } from "./queued-check";

/** The multipart form of POST /api/v1/rounds/{id}/checks: the check's fields and its photos under `photos`. */
export function checkFormData(check: QueuedCheck): FormData {
  const form = new FormData();
  form.set("clientKey", check.clientKey);
  form.set("criterionId", check.criterionId);
  if (check.siteId) form.set("siteId", check.siteId);
  form.set("visitStatus", check.visitStatus);
  if (check.visitStatus === "INSPECTED" && check.outcome) form.set("outcome", JSON.stringify(check.outcome));
  if (check.note.trim()) form.set("note", check.note.trim());
  if (check.latitude && check.longitude) {
    form.set("latitude", check.latitude);
    form.set("longitude", check.longitude);
  }
  if (check.capturedAt) form.set("capturedAt", check.capturedAt);
  for (const photo of check.photos) form.append("photos", new Blob([photo.bytes], { type: photo.type }), photo.name);
  return form;
}
