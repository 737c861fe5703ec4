"use client";
import { startTransition, useActionState, type FormEvent } from "react";
import type { ActionResult } from "@/lib/actions/run-action";

type Options<I, T> = {
  /** Builds the action's input from the submitted form. */
  toInput: (form: FormData) => I;
  onSuccess?: (data: T) => void;
};

/**
 * Runs a server action from a form and keeps its last result. The form is submitted by hand
 * (not through `action=`) so React does not reset the fields: after a validation error the user
 * sees their input beside the messages.
 */
export function useActionForm<I, T>(action: (input: I) => Promise<ActionResult<T>>, { toInput, onSuccess }: Options<I, T>) {
  const [result, dispatch, isPending] = useActionState(async (_previous: ActionResult<T> | null, input: I | null) => {
    if (input === null) return null;
    const next = await action(input);
    if (next.ok) onSuccess?.(next.data);
    return next;
  }, null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = toInput(new FormData(event.currentTarget));
    startTransition(() => dispatch(input));
  }

  const fieldErrors = result && !result.ok ? result.fieldErrors : undefined;
  return {
    result,
    isPending,
    onSubmit,
    errorsOf: (name: string) => fieldErrors?.[name],
    clear: () => startTransition(() => dispatch(null)),
  };
}
