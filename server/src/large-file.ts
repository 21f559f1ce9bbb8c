// The large-file policy's notice: above `netlens.maxFileSize` a file gets YAML syntax errors only, and this says so.

import type { Finding } from './types';

/** NL002 is not a rule: like NL000 it is the analysis speaking about itself, and `netlens.rules` does not reach it. */
export const LARGE_FILE_CODE = 'NL002';

export function largeFileNotice(size: number, limit: number): Finding {
  return {
    code: LARGE_FILE_CODE,
    severity: 'information',
    message: `NetLens checked only the YAML syntax of this file: at ${mib(size)} it is larger than netlens.maxFileSize (${mib(limit)}). Raise the setting to check its addresses, CIDRs and ports too.`,
    span: { start: 0, end: 0 },
    fixes: [],
    related: [],
  };
}

function mib(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${Math.round(n / 1024)} KiB`;
}
