/** Saving a generated file: a temporary object URL on a download link, clicked and revoked. */

/** Downloads `blob` as `fileName` through a temporary `<a download>`. */
export const downloadBlob = (blob: Blob, fileName: string): void => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoking at once can cancel the download in some browsers: give it time to start.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
};
