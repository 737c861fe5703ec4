import { z } from "@/lib/validation/zod";
import type { ApiRouteDoc } from "./types";

export const systemRoutes: ApiRouteDoc[] = [
  {
    method: "get",
    path: "/api/v1/openapi.json",
    summary: "本接口文档 (this OpenAPI document)",
    tags: ["system"],
    response: z.object({ openapi: z.string() }).loose(),
  },
];
