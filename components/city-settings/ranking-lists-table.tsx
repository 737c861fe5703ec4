"use client";
import { Fragment, useState, useTransition } from "react";
import { errorMessage } from "@/components/forms/form-error";
import { OpenToCreate } from "@/components/forms/open-to-create";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyRow, Table, Td, Th, Tr } from "@/components/ui/table";
import { deleteRankingListAction, reorderRankingListsAction } from "@/lib/actions/ranking-lists";
import type { ActionResult } from "@/lib/actions/run-action";
import { useT } from "@/lib/i18n/client";
import type { RankingListRow } from "@/lib/validation/ranking-lists";
import { RankingListForm } from "./ranking-list-form";

type Props = { cycleId: string; lists: RankingListRow[]; departments: Array<{ id: string; name: string }>; canManage: boolean };

/** The cycle's ranking lists in their order: edit, delete (not the default list), move up and down, add. */
export function RankingListsTable({ cycleId, lists, departments, canManage }: Props) {
  const t = useT();
  const [editing, setEditing] = useState<string | null>(null);
  const [failure, setFailure] = useState<Extract<ActionResult<unknown>, { ok: false }> | null>(null);
  const [isPending, startTransition] = useTransition();

  const run = (action: () => Promise<ActionResult<unknown>>) =>
    startTransition(async () => {
      const result = await action();
      setFailure(result.ok ? null : result);
    });
  const move = (index: number, by: number) => {
    const order = [...lists];
    [order[index], order[index + by]] = [order[index + by], order[index]];
    run(() => reorderRankingListsAction({ cycleId, lists: order.map(({ id, version }) => ({ id, version })) }));
  };
  const remove = (list: RankingListRow) => {
    if (window.confirm(t("citySettings.lists.confirmDelete", { name: list.name }))) run(() => deleteRankingListAction({ id: list.id, version: list.version }));
  };
  const membersOf = (list: RankingListRow) =>
    list.members === "BY_KIND" && list.memberKind
      ? t(`departments.kinds.${list.memberKind}`)
      : list.members === "CHOSEN"
        ? list.departments.map((department) => department.name).join("、")
        : t("citySettings.lists.members.ALL");

  return (
    <div className="space-y-4">
      {failure && <Alert tone="error">{errorMessage(t, failure)}</Alert>}
      <Table caption={t("citySettings.lists.title")}>
        <thead>
          <tr>
            <Th>{t("citySettings.lists.fields.name")}</Th>
            <Th>{t("citySettings.lists.fields.members")}</Th>
            <Th>{t("citySettings.lists.fields.metric")}</Th>
            <Th>{t("citySettings.lists.fields.redCount")}</Th>
            <Th>{t("citySettings.lists.fields.blackCount")}</Th>
            <Th>{t("citySettings.lists.fields.blackThreshold")}</Th>
            {canManage && <Th>{t("common.actions")}</Th>}
          </tr>
        </thead>
        <tbody>
          {lists.length === 0 && <EmptyRow colSpan={canManage ? 7 : 6}>{t("citySettings.lists.empty")}</EmptyRow>}
          {lists.map((list, index) => (
            <Fragment key={list.id}>
              <Tr>
                <Td>
                  {list.name} {list.isDefault && <Badge tone="blue">{t("citySettings.lists.default")}</Badge>}
                </Td>
                <Td>{membersOf(list)}</Td>
                <Td>{t(`citySettings.lists.metrics.${list.metric}`)}</Td>
                <Td>{list.redCount}</Td>
                <Td>{list.blackCount}</Td>
                <Td>{list.blackThreshold}</Td>
                {canManage && (
                  <Td>
                    <div className="flex flex-wrap gap-1">
                      <Button size="sm" variant="secondary" onClick={() => setEditing(editing === list.id ? null : list.id)}>
                        {t("common.edit")}
                      </Button>
                      <Button
                        size="sm"
                        variant="secondary"
                        disabled={isPending || index === 0}
                        onClick={() => move(index, -1)}
                        aria-label={t("citySettings.lists.moveUp", { name: list.name })}
                      >
                        ↑
                      </Button>
                      <Button
                        size="sm"
                        variant="secondary"
                        disabled={isPending || index === lists.length - 1}
                        onClick={() => move(index, 1)}
                        aria-label={t("citySettings.lists.moveDown", { name: list.name })}
                      >
                        ↓
                      </Button>
                      {!list.isDefault && (
                        <Button size="sm" variant="danger" disabled={isPending} onClick={() => remove(list)}>
                          {t("common.delete")}
                        </Button>
                      )}
                    </div>
                  </Td>
                )}
              </Tr>
              {editing === list.id && (
                <tr>
                  <td colSpan={7} className="p-3">
                    <RankingListForm
                      key={list.version}
                      cycleId={cycleId}
                      departments={departments}
                      list={list}
                      onSaved={() => setEditing(null)}
                      onCancel={() => setEditing(null)}
                    />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </Table>
      {canManage && (
        <OpenToCreate openLabel={t("citySettings.lists.create")} createdMessage={t("citySettings.lists.created")}>
          {({ done, cancel }) => (
            <Card title={t("citySettings.lists.create")}>
              <RankingListForm cycleId={cycleId} departments={departments} onSaved={done} onCancel={cancel} />
            </Card>
          )}
        </OpenToCreate>
      )}
    </div>
  );
}
