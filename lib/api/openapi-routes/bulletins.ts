import { bulletinQuery, bulletinsZipQuery } from "@/lib/validation/bulletins";
import type { ApiRouteDoc } from "./types";

// Bulletins (通报): the documents stored when a publication was published, served byte for byte.

export const bulletinRoutes: ApiRouteDoc[] = [
  {
    method: "get",
    path: "/api/v1/publications/{id}/bulletin",
    summary:
      "通报 of a publication as stored when published: .docx (official variant); format=html the printable page (text/html with its own CSP), variant=public the public variant (no photos, notes or names). Scoped like the publication; a liaison gets the public variant only (403 for the official one)",
    tags: ["publications"],
    query: bulletinQuery,
    fileType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  },
  {
    method: "get",
    path: "/api/v1/publications/bulletins.zip",
    summary:
      "A zip of every official bulletin of the year (issue year) in scope, superseded issues included and marked, one .docx per issue named by its issue number; city narrows to one city. Not for liaisons (403)",
    tags: ["publications"],
    query: bulletinsZipQuery,
    fileType: "application/zip",
  },
];
