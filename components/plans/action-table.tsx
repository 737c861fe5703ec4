"use client";
import Link from "next/link";
import { Fragment, useState, useTransition } from "react";
import { errorMessage } from "@/components/forms/form-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyRow, Table, Td, Th, Tr } from "@/components/ui/table";
import { deletePlanActionAction, movePlanActionAction } from "@/lib/actions/plans";
import { useT } from "@/lib/i18n/client";
import type { PlanActionRow } from "@/lib/validation/plans";
import { ActionForm } from "./action-form";

type Props = { annualPlanId: string; actions: Array<PlanActionRow & { taskCount: number }>; canManage: boolean };

/** An annual plan's actions in order, with task counts; the office edits, reorders and adds them. */
export function ActionTable({ annualPlanId, actions, canManage }: Props) {
  const t = useT();
  const [editing, setEditing] = useState<string | null>(null);
  const [isAdding, setIsAdding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isMoving, startMoving] = useTransition();

  function remove(action: PlanActionRow) {
    if (!window.confirm(t("plans.confirmDeleteAction", { name: action.name }))) return;
    setError(null);
    startMoving(async () => {
      const result = await deletePlanActionAction({ id: action.id, version: action.version });
      if (!result.ok) setError(errorMessage(t, result));
    });
  }

  function move(action: PlanActionRow, direction: "up" | "down") {
    setError(null);
    startMoving(async () => {
      const result = await movePlanActionAction({ id: action.id, version: action.version, direction });
      if (!result.ok) setError(errorMessage(t, result));
    });
  }

  return (
    <div className="space-y-3">
      {error && <Alert tone="error">{error}</Alert>}
      <Table caption={t("plans.actionsTitle")}>
        <thead>
          <tr>
            <Th className="w-12">{t("plans.fields.order")}</Th>
            <Th>{t("plans.fields.actionName")}</Th>
            <Th>{t("plans.fields.description")}</Th>
            <Th className="text-right">{t("plans.fields.taskCount")}</Th>
            {canManage && <Th>{t("common.actions")}</Th>}
          </tr>
        </thead>
        <tbody>
          {actions.length === 0 && <EmptyRow colSpan={canManage ? 5 : 4}>{t("plans.noActions")}</EmptyRow>}
          {actions.map((action, index) => (
            <Fragment key={action.id}>
              <Tr>
                <Td className="tabular-nums">{index + 1}</Td>
                <Td className="font-medium">{action.name}</Td>
                <Td className="text-slate-600">{action.description ?? "—"}</Td>
                <Td className="text-right tabular-nums">
                  <Link href={`/tasks?action=${action.id}`} className="text-red-800 hover:underline">
                    {t("plans.taskCountValue", { count: action.taskCount })}
                  </Link>
                </Td>
                {canManage && (
                  <Td className="whitespace-nowrap">
                    <Button
                      size="sm"
                      variant="ghost"
                      disabled={index === 0 || isMoving}
                      onClick={() => move(action, "up")}
                      aria-label={t("plans.moveUpLabel", { name: action.name })}
                    >
                      {t("plans.moveUp")}
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      disabled={index === actions.length - 1 || isMoving}
                      onClick={() => move(action, "down")}
                      aria-label={t("plans.moveDownLabel", { name: action.name })}
                    >
                      {t("plans.moveDown")}
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      onClick={() => setEditing(editing === action.id ? null : action.id)}
                      aria-label={t("plans.editActionLabel", { name: action.name })}
                    >
                      {t("common.edit")}
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      disabled={isMoving || action.taskCount > 0}
                      onClick={() => remove(action)}
                      aria-label={t("plans.deleteActionLabel", { name: action.name })}
                      title={action.taskCount > 0 ? t("plans.deleteActionBlocked") : undefined}
                    >
                      {t("plans.deleteAction")}
                    </Button>
                  </Td>
                )}
              </Tr>
              {editing === action.id && (
                <tr>
                  <td colSpan={5} className="bg-slate-50 px-3 py-3">
                    <ActionForm
                      key={action.version}
                      annualPlanId={annualPlanId}
                      action={action}
                      onDone={() => setEditing(null)}
                      onCancel={() => setEditing(null)}
                    />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </Table>
      {canManage &&
        (isAdding ? (
          <div className="rounded-md border border-slate-200 p-3">
            <ActionForm annualPlanId={annualPlanId} onDone={() => setIsAdding(false)} onCancel={() => setIsAdding(false)} />
          </div>
        ) : (
          <Button variant="secondary" size="sm" onClick={() => setIsAdding(true)}>
            {t("plans.addAction")}
          </Button>
        ))}
    </div>
  );
}
