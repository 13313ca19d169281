import { HttpError } from './errors.js';

/**
 * Reads a request body while it streams: stops at the first byte over `maxBytes` (413, the rest is never buffered,
 * whether or not `Content-Length` was sent), and gives up when the whole body has not arrived within `timeoutMs`
 * (408). Decodes strict UTF-8 (400 `INVALID_JSON` otherwise).
 */
export async function readBody(
  body: ReadableStream<Uint8Array> | null,
  declaredLength: string | undefined,
  limits: { readonly maxBytes: number; readonly timeoutMs: number },
): Promise<string> {
  const all = await readBodyBytes(body, declaredLength, limits);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(all);
  } catch {
    throw new HttpError('INVALID_JSON', { messageKey: 'notUtf8' });
  }
}

/** {@link readBody} without decoding (a spreadsheet upload). */
export async function readBodyBytes(
  body: ReadableStream<Uint8Array> | null,
  declaredLength: string | undefined,
  { maxBytes, timeoutMs }: { readonly maxBytes: number; readonly timeoutMs: number },
): Promise<Uint8Array> {
  const tooLarge = () => new HttpError('PAYLOAD_TOO_LARGE', { params: { limit: maxBytes } });
  if (declaredLength !== undefined && Number(declaredLength) > maxBytes) throw tooLarge();
  if (body === null) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new HttpError('REQUEST_TIMEOUT', { params: { seconds: Math.ceil(timeoutMs / 1000) } })),
      timeoutMs,
    );
  });
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), timeout]);
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) throw tooLarge();
      chunks.push(value);
    }
  } catch (e) {
    reader.cancel().catch(() => {});
    // a client that aborts mid-body is a bad request, not a bug of ours
    throw e instanceof HttpError ? e : new HttpError('BAD_REQUEST');
  } finally {
    clearTimeout(timer);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return all;
}
