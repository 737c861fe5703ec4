import { NextResponse } from "next/server";
import { AppError, type FieldErrors } from "@/lib/errors";

export function jsonOk(data: unknown, status = 200): NextResponse {
  return NextResponse.json(data, { status });
}

export function jsonList<T>(items: T[], total: number, paging: { page: number; pageSize: number }): NextResponse {
  return NextResponse.json({ items, total, page: paging.page, pageSize: paging.pageSize });
}

export function jsonError(code: string, message: string, status: number, fieldErrors?: FieldErrors, extra?: Record<string, unknown>) {
  return NextResponse.json({ error: { code, message }, ...(fieldErrors ? { fieldErrors } : {}), ...extra }, { status });
}

export function errorResponse(error: unknown): NextResponse {
  if (error instanceof AppError) {
    const extra = error.details && typeof error.details === "object" ? (error.details as Record<string, unknown>) : undefined;
    return jsonError(error.code, error.message, error.status, error.fieldErrors, extra);
  }
  console.error("[api] unexpected error", error);
  return jsonError("INTERNAL", "服务器内部错误，请稍后重试。", 500);
}
