export { BULLETIN_CONTENT_SECURITY_POLICY as BULLETIN_HTML_CSP } from "@/lib/security/security-headers";

/** The media type of a .docx. */
export const DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
