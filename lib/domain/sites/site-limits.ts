/** Text lengths of a site's fields (the database has no limits; these keep lists and photos legible). */
export const SITE_LIMITS = { name: 100, street: 50, grid: 50, address: 200, code: 20 } as const;
