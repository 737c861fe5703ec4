import { notFound } from "@/lib/errors";
import type { PublicPublication } from "./public-dto";
import { cityIndex, publicationById } from "./public-reads";

/**
 * A publication the public may read: one of a public city's, or a province's own when the province has a
 * public city. Anything else is 404, like an id that does not exist.
 */
export async function getPublicPublication(id: string): Promise<PublicPublication> {
  // Ids are cuids: anything else is not looked up (nor remembered).
  if (!/^[a-z0-9]{1,40}$/i.test(id)) throw notFound("发布");
  const [index, loaded] = await Promise.all([cityIndex(), publicationById(id)]);
  const visible = loaded && (loaded.cityId ? index.byId.has(loaded.cityId) : index.provinceIds.has(loaded.provinceId));
  if (!loaded || !visible) throw notFound("发布");
  return loaded.publication;
}
