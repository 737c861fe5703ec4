import sharp from "sharp";
import { formatBusinessDate, todayInShanghai } from "@/lib/domain/dates";
import { UNRESOLVED_STATUSES } from "@/lib/domain/findings/finding-transitions";
import { conflict, notFound } from "@/lib/errors";
import { scopeId } from "@/lib/server/cities/city-scope";
import { findingScopeWhere } from "@/lib/server/findings/finding-scope";
import { fileStore } from "@/lib/server/storage";
import { db } from "@/lib/db";
import { defineUseCase } from "@/lib/server/use-case";
import { idSchema } from "@/lib/validation/primitives";
import { z } from "@/lib/validation/zod";
import { renderAssignmentSheet, type AssignmentSheetRow } from "./assignment-sheet-document";
import { DOCX_CONTENT_TYPE } from "./generate-reminder-letter";

const STATUS_TEXT: Record<string, string> = { OPEN: "待交办", DISPATCHED: "整改中", SUBMITTED: "待审核", RETURNED: "已退回" };
const firstPhoto = {
  where: { deletedAt: null, thumbnailHash: { not: null } },
  orderBy: { createdAt: "asc" as const },
  take: 1,
  select: { thumbnailHash: true },
};

export type AssignmentSheetFile = { bytes: Buffer; fileName: string; asciiFileName: string; contentType: string; findingIds: string[] };

/**
 * 交办单: a Word sheet for one department of the office's city listing its open findings (not
 * verified, not withdrawn) with criterion, site, due date and the first photo's thumbnail. The
 * findings and photos are read and the document made outside the transaction; generating it is
 * recorded in the department's history.
 */
export const generateAssignmentSheet = defineUseCase({
  name: "department.assignment-sheet",
  permission: "dispatch:finding",
  input: z.object({ departmentId: idSchema }),
  load: async ({ actor, input, scope }) => {
    const department = await db().department.findFirst({
      where: { id: input.departmentId, cityId: scopeId(actor.cityId), deletedAt: null },
      select: { id: true, name: true, cityId: true, city: { select: { name: true } } },
    });
    if (!department) throw notFound("单位");
    const findings = await db().finding.findMany({
      where: { AND: [findingScopeWhere(actor, scope), { departmentId: department.id, status: { in: [...UNRESOLVED_STATUSES] } }] },
      orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }],
      include: {
        criterion: { select: { code: true, name: true } },
        site: { select: { name: true } },
        evidence: firstPhoto,
        check: { select: { evidence: firstPhoto } },
      },
    });
    if (findings.length === 0) throw conflict("该单位没有待整改的问题");
    return { department, findings };
  },
  prepare: async ({ loaded: { department, findings } }) => {
    const today = todayInShanghai();
    const rows: AssignmentSheetRow[] = [];
    for (const finding of findings) {
      const hash = finding.check?.evidence[0]?.thumbnailHash ?? finding.evidence[0]?.thumbnailHash ?? null;
      rows.push({
        description: finding.description,
        criterion: finding.criterion ? `${finding.criterion.code} ${finding.criterion.name}` : "—",
        site: finding.site?.name ?? "—",
        dueDate: formatBusinessDate(finding.dueDate),
        status: STATUS_TEXT[finding.status] ?? finding.status,
        thumbnail: hash ? await thumbnailOf(hash) : null,
      });
    }
    return { today, bytes: await renderAssignmentSheet({ departmentName: department.name, cityName: department.city.name, today, rows }) };
  },
  run: async ({ loaded: { department, findings }, prepared: { today, bytes }, audit }): Promise<AssignmentSheetFile> => {
    const findingIds = findings.map(({ id }) => id);
    await audit({
      entityType: "Department",
      entityId: department.id,
      cityId: department.cityId,
      before: null,
      after: { findingIds, count: findingIds.length },
    });
    return {
      bytes,
      fileName: `交办单-${department.name}-${today}.docx`,
      asciiFileName: `assignment-sheet-${today}.docx`,
      contentType: DOCX_CONTENT_TYPE,
      findingIds,
    };
  },
});

// A thumbnail that is missing from the store or does not decode leaves the cell without a photo.
async function thumbnailOf(hash: string): Promise<AssignmentSheetRow["thumbnail"]> {
  const data = await fileStore().get(hash);
  if (!data) return null;
  const { width, height } = await sharp(data)
    .metadata()
    .catch(() => ({ width: undefined, height: undefined }));
  return width && height ? { data, width, height } : null;
}
