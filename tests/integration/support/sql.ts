export { pgSession, pgliteSession } from "@/lib/server/system/sql-sessions";
export type { SqlSession as SqlSessionLike } from "@/lib/server/system/migrations";
