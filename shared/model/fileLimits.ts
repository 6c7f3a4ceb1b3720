/** The size cap of journey files, and how both hosts tell the user a file is over it. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** "the file is 63.2 MB; the limit is 50.0 MB", in bytes when rounding would make the two look equal. */
export function overLimitMessage(size: number, limit = MAX_FILE_BYTES): string {
  const [a, b] = [formatBytes(size), formatBytes(limit)];
  return a === b
    ? `the file is ${size.toLocaleString('en')} bytes; the limit is ${limit.toLocaleString('en')} bytes`
    : `the file is ${a}; the limit is ${b}`;
}
