import { notFound } from "@/lib/errors";
import type { PublicPage, PublicPublicationRef } from "./public-dto";
import { cityBundle, cityIndex } from "./public-reads";

export type PublicPaging = { page: number; pageSize: number };

/** A public city's publications, newest first, superseded ones included (marked); 404 for an unknown slug. */
export async function listPublicCityPublications(slug: string, paging: PublicPaging): Promise<PublicPage<PublicPublicationRef>> {
  const city = (await cityIndex()).bySlug.get(slug);
  if (!city) throw notFound("城市");
  const { refs } = await cityBundle(city);
  const start = (paging.page - 1) * paging.pageSize;
  return { items: refs.slice(start, start + paging.pageSize), total: refs.length, page: paging.page, pageSize: paging.pageSize };
}
