/**
 * The file of a multipart request's `file` field, or undefined when there is none (or the body is
 * not multipart): the import use case reports that as its own 422, after its permission check.
 */
export async function readUploadedFile(request: Request): Promise<{ name: string; bytes: Uint8Array } | undefined> {
  try {
    const file = (await request.formData()).get("file");
    if (file && typeof file === "object") return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch {
    // not multipart: reported like a missing file
  }
  return undefined;
}
