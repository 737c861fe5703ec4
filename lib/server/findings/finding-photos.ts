/** A stored photo as the API shows it: read through /api/v1/evidence, scoped by its owner. */
export function evidencePhoto(file: { id: string; thumbnailHash: string | null }) {
  return {
    id: file.id,
    url: `/api/v1/evidence/${file.id}`,
    thumbnailUrl: file.thumbnailHash ? `/api/v1/evidence/${file.id}?thumbnail=1` : null,
  };
}
