import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/openapi.json/route";

describe("the OpenAPI document", () => {
  it("describes every /api/v1 route with schemas generated from zod", async () => {
    const document = await GET().json();
    expect(document.openapi).toBe("3.1.0");
    const paths = Object.keys(document.paths);
    for (const path of ["/api/v1/me", "/api/v1/departments", "/api/v1/departments/{id}", "/api/v1/users", "/api/v1/audit-log"]) {
      expect(paths).toContain(path);
    }
    const create = document.paths["/api/v1/departments"].post;
    expect(create.requestBody.content["application/json"].schema.properties.name).toBeDefined();
    expect(create.responses["422"]).toBeDefined();
    const list = document.paths["/api/v1/departments"].get;
    expect(list.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(["page", "pageSize"]));
    expect(document.paths["/api/v1/departments/{id}"].get.parameters[0]).toMatchObject({ name: "id", in: "path", required: true });
  });
});
