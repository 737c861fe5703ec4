import { can } from "@/lib/auth/permissions";
import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { correctProvincePublication } from "@/lib/server/publications/correct-province-publication";
import { correctPublication } from "@/lib/server/publications/correct-publication";

export const dynamic = "force-dynamic";

/** 更正: 201 with the new publication, which supersedes this one (a supervisor's: its province's publications). */
export const POST = withApi<{ id: string }>(async ({ actor, params, body }) => {
  const useCase = can(actor, "publish:ranking") ? correctProvincePublication : correctPublication;
  return jsonOk(await useCase(actor, { ...(await body.json(useCase)), id: params.id }), 201);
});
