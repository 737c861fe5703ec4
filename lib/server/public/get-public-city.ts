import { notFound } from "@/lib/errors";
import type { PublicCity } from "./public-dto";
import { cityBundle, cityIndex } from "./public-reads";

/** A public city's page data; 404 for a slug that is unknown, deleted or not nominated. */
export async function getPublicCity(slug: string): Promise<PublicCity> {
  const city = (await cityIndex()).bySlug.get(slug);
  if (!city) throw notFound("城市");
  return (await cityBundle(city)).detail;
}
