// Errors that are safe to show: a code for machines and a Chinese message for people.
export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly fieldErrors?: FieldErrors,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const unauthenticated = () => new AppError("UNAUTHENTICATED", "请先登录。", 401);
export const forbidden = (message = "没有权限执行此操作。") => new AppError("FORBIDDEN", message, 403);
export const notFound = (what = "记录") => new AppError("NOT_FOUND", `${what}不存在或无权访问。`, 404);
export const invalidInput = (fieldErrors: FieldErrors, message = "输入有误，请检查标注的字段。") =>
  new AppError("VALIDATION_FAILED", message, 422, fieldErrors);
export const conflict = (message: string, details?: unknown) => new AppError("CONFLICT", message, 409, undefined, details);

/** A stale `version`: someone else saved first. Both versions go back so the UI can show them. */
export const versionConflict = (current: unknown, submitted: unknown) =>
  new AppError("VERSION_CONFLICT", "该记录已被他人修改。请查看最新内容后再保存。", 409, undefined, { current, submitted });

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
