/** The multipart field that carries a ledger form's evidence files, in the forms and in the API. */
export const EVIDENCE_FIELD = "evidence";

/** A form submitted with no file chosen still sends one empty, nameless part: that is no file. */
export function isNoFileChosen(part: { size: number; name: string }): boolean {
  return part.size === 0 && part.name === "";
}
