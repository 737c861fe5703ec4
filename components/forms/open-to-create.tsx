"use client";
import { useState, type ComponentProps, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Props = {
  /** The button that opens the form. */
  openLabel: string;
  /** Shown above the button after a save, until the form is opened again. */
  createdMessage: string;
  variant?: ComponentProps<typeof Button>["variant"];
  /** The open form; `done` closes it after a save, `cancel` without one. */
  children: (close: { done: () => void; cancel: () => void }) => ReactNode;
};

/** A "新建…" button that opens a form in place, and says so once the form has saved. */
export function OpenToCreate({ openLabel, createdMessage, variant, children }: Props) {
  const [isOpen, setIsOpen] = useState(false);
  const [hasCreated, setHasCreated] = useState(false);
  if (isOpen)
    return children({
      done: () => {
        setIsOpen(false);
        setHasCreated(true);
      },
      cancel: () => setIsOpen(false),
    });
  return (
    <div className="space-y-2">
      {hasCreated && <Alert tone="success">{createdMessage}</Alert>}
      <Button
        variant={variant}
        onClick={() => {
          setIsOpen(true);
          setHasCreated(false);
        }}
      >
        {openLabel}
      </Button>
    </div>
  );
}
