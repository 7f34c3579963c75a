import { AppError } from '../../core/errors.js';

/** Largest file a document may carry (also a CHECK in the documents migration). */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

export const ATTACHMENT_CONTENT_TYPES = ['application/pdf', 'text/plain'] as const;
export type AttachmentContentType = (typeof ATTACHMENT_CONTENT_TYPES)[number];

/**
 * Refuses a file over the limit (`attachment_too_large`, 413) or whose bytes
 * are not what its content type claims (`attachment_type_not_allowed`, 415):
 * a PDF must start with `%PDF-`; text must be UTF-8 without NUL bytes.
 * Returns the checked content type.
 *
 * @example checkAttachment('application/pdf', bytes) // 'application/pdf', or throws
 */
export function checkAttachment(contentType: string, bytes: Uint8Array): AttachmentContentType {
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) {
    throw new AppError('attachment_too_large', `the file has ${bytes.byteLength} bytes; the limit is ${MAX_ATTACHMENT_BYTES}`, { sizeBytes: bytes.byteLength, maxBytes: MAX_ATTACHMENT_BYTES });
  }
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/pdf') {
    if (!startsWithPdfMagic(bytes)) throw rejected(type, 'the file does not start with %PDF-');
    return type;
  }
  if (type === 'text/plain') {
    if (bytes.includes(0)) throw rejected(type, 'the text contains NUL bytes');
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw rejected(type, 'the text is not valid UTF-8');
    }
    return type;
  }
  throw rejected(type, `content type ${type || '(none)'} is not accepted`);
}

function startsWithPdfMagic(bytes: Uint8Array): boolean {
  const magic = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
  return magic.every((byte, index) => bytes[index] === byte);
}

function rejected(contentType: string, reason: string): AppError {
  return new AppError('attachment_type_not_allowed', `${reason}; accepted: ${ATTACHMENT_CONTENT_TYPES.join(', ')}`, { contentType, accepted: [...ATTACHMENT_CONTENT_TYPES] });
}
