/** Saving a generated file: a temporary object URL on a download link, clicked and revoked. */

/** Downloads `text` as `fileName` with the given MIME type. */
export const downloadText = (text: string, fileName: string, type: string): void => {
  const url = URL.createObjectURL(new Blob([text], { type }));
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
