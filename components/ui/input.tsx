import type { ComponentProps } from "react";

export const controlClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-xs " +
  "placeholder:text-slate-400 focus:border-red-600 focus:outline-2 focus:outline-red-600/30 " +
  "aria-[invalid=true]:border-red-600 disabled:bg-slate-100";

export function Input({ className = "", ...props }: ComponentProps<"input">) {
  return <input className={`${controlClass} ${className}`} {...props} />;
}
