/** A news article is kilobytes; a 10 MB "article" is a dump, a log or an archive. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Share of control bytes (other than tab, CR, LF, FF) above which a file is taken as binary. */
export const MAX_CONTROL_BYTE_SHARE = 0.02;

/** File names skipped when walking folders. */
export const IGNORED_NAMES = new Set(['.DS_Store', 'Thumbs.db', '.git', 'node_modules']);
