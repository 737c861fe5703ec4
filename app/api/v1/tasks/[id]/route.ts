import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { getTaskOrThrow } from "@/lib/server/tasks/get-task-or-throw";

export const dynamic = "force-dynamic";

type Params = { id: string };

export const GET = withApi<Params>(async ({ actor, params }) => jsonOk(await getTaskOrThrow(actor, params.id)));
