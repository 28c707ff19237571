/** Returns the post id for a path relative to the input folder: no extension, no trailing `/index`, `/` separators. */
export function postIdFromPath(relPath: string): string {
  const path = relPath.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '').replace(/^\/+/, '');
  const noExt = path.replace(/\.(?:md|markdown)$/i, '');
  const id = noExt.replace(/\/index$/i, '');
  return id === '' ? noExt : id;
}
