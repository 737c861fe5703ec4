"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { errorMessage } from "@/components/forms/form-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlA11y, Field } from "@/components/ui/field";
import { controlClass } from "@/components/ui/input";
import {
  acknowledgeTaskAction,
  dispatchTasksAction,
  remindTasksAction,
  reopenTaskAction,
  requestTaskChangeAction,
  signOffTaskAction,
} from "@/lib/actions/tasks";
import type { ActionResult } from "@/lib/actions/run-action";
import { canAcknowledge, canDispatch, canReopen, canRemind, canRequestChange, canSignOff } from "@/lib/domain/tasks/dispatch-rules";
import type { DispatchStatus } from "@/lib/validation/tasks";
import { useT } from "@/lib/i18n/client";

type Props = {
  taskId: string;
  version: number;
  dispatchStatus: DispatchStatus;
  isCompleted: boolean;
  isOffice: boolean;
  isLeadLiaison: boolean;
};

type Notice = { tone: "success" | "error" | "warning"; text: string };

/** The buttons of the dispatch panel; each runs one server action and says what happened. */
export function DispatchControls({ taskId, version, dispatchStatus, isCompleted, isOffice, isLeadLiaison }: Props) {
  const t = useT();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [isAsking, setIsAsking] = useState(false);
  const [reasonErrors, setReasonErrors] = useState<string[] | undefined>();

  function run<T>(action: () => Promise<ActionResult<T>>, success: (data: T) => Notice) {
    setNotice(null);
    startTransition(async () => {
      const result = await action();
      if (result.ok) {
        setNotice(success(result.data));
        setIsAsking(false);
        setReasonErrors(undefined);
        return;
      }
      setReasonErrors(result.fieldErrors?.reason);
      setNotice({
        tone: result.code === "VERSION_CONFLICT" ? "warning" : "error",
        text: result.fieldErrors?.reason ? t("errors.VALIDATION_FAILED") : errorMessage(t, result),
      });
      if (result.code === "VERSION_CONFLICT") router.refresh();
    });
  }

  const ids = { ids: [taskId] };
  const facts = { dispatchStatus, isCompleted };
  const canAskChange = canRequestChange(facts);
  const done = (key: string) => ({ tone: "success" as const, text: t(key) });

  return (
    <div className="mt-3 space-y-3">
      <div className="flex flex-wrap gap-2">
        {isOffice && canDispatch(facts) && (
          <Button
            disabled={isPending}
            onClick={() =>
              run(
                () => dispatchTasksAction(ids),
                (data) =>
                  data.count > 0 ? done("taskChanges.done.dispatched") : { tone: "warning", text: data.skipped[0]?.reason ?? t("taskChanges.done.nothing") },
              )
            }
          >
            {t("taskChanges.actions.dispatch")}
          </Button>
        )}
        {isOffice && canRemind(facts) && (
          <Button
            variant="secondary"
            disabled={isPending}
            onClick={() =>
              run(
                () => remindTasksAction(ids),
                (data) =>
                  data.count === 0
                    ? { tone: "warning", text: data.skipped[0]?.reason ?? t("taskChanges.done.nothing") }
                    : data.notified > 0
                      ? done("taskChanges.done.reminded")
                      : { tone: "warning", text: t("taskChanges.done.alreadyReminded") },
              )
            }
          >
            {t("taskChanges.actions.remind")}
          </Button>
        )}
        {isOffice && canSignOff(facts) && (
          <Button
            variant="secondary"
            disabled={isPending}
            onClick={() =>
              run(
                () => signOffTaskAction({ id: taskId, version }),
                () => done("taskChanges.done.signedOff"),
              )
            }
          >
            {t("taskChanges.actions.signOff")}
          </Button>
        )}
        {isOffice && canReopen(facts) && (
          <Button
            variant="danger"
            disabled={isPending}
            onClick={() =>
              run(
                () => reopenTaskAction({ id: taskId, version }),
                () => done("taskChanges.done.reopened"),
              )
            }
          >
            {t("taskChanges.actions.reopen")}
          </Button>
        )}
        {isLeadLiaison && canAcknowledge(facts) && (
          <Button
            disabled={isPending}
            onClick={() =>
              run(
                () => acknowledgeTaskAction({ id: taskId, version }),
                () => done("taskChanges.done.acknowledged"),
              )
            }
          >
            {t("taskChanges.actions.acknowledge")}
          </Button>
        )}
        {isLeadLiaison && canAskChange && !isAsking && (
          <Button variant="secondary" disabled={isPending} onClick={() => setIsAsking(true)}>
            {t("taskChanges.actions.requestChange")}
          </Button>
        )}
      </div>
      {isLeadLiaison && canAskChange && isAsking && (
        <form
          className="space-y-2"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const reason = String(new FormData(event.currentTarget).get("reason") ?? "");
            run(
              () => requestTaskChangeAction({ id: taskId, version, reason }),
              () => done("taskChanges.done.changeRequested"),
            );
          }}
        >
          <Field id={`change-reason-${taskId}`} label={t("taskChanges.fields.reason")} errors={reasonErrors} hint={t("taskChanges.reasonHint")} required>
            <textarea
              {...controlA11y(`change-reason-${taskId}`, reasonErrors, t("taskChanges.reasonHint"))}
              name="reason"
              rows={3}
              maxLength={500}
              className={controlClass}
            />
          </Field>
          <div className="flex gap-2">
            <Button type="submit" disabled={isPending}>
              {t("taskChanges.actions.submitChange")}
            </Button>
            <Button
              variant="secondary"
              disabled={isPending}
              onClick={() => {
                setIsAsking(false);
                setReasonErrors(undefined);
              }}
            >
              {t("common.cancel")}
            </Button>
          </div>
        </form>
      )}
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
    </div>
  );
}
