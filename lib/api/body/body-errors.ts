import { AppError } from "@/lib/errors";

export const payloadTooLarge = (message: string) => new AppError("PAYLOAD_TOO_LARGE", message, 413);

export const unsupportedMediaType = (message: string) => new AppError("UNSUPPORTED_MEDIA_TYPE", message, 415);
