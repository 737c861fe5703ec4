import { withApi } from "@/lib/api/with-api";
import { fileHeaders } from "@/lib/domain/tabular-import/content-disposition";
import { getTaskListTemplate } from "@/lib/server/tasks/export/get-task-list-template";

export const dynamic = "force-dynamic";

export const GET = withApi(async ({ actor }) => {
  const file = await getTaskListTemplate(actor);
  return new Response(file.bytes, { headers: fileHeaders(file) });
});
