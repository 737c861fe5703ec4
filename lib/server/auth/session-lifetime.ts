/** A session (JWT) lives 8 hours, sliding: each use pushes its end 8 hours on (conventions.md). */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
/** How often a used session's cookie is re-issued with a later end. */
export const SESSION_UPDATE_AGE_SECONDS = 15 * 60;
