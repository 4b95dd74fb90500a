/**
 * Reading a content file safely: it must be a regular file in its folder
 * (not a symbolic link, which could pull in a file from anywhere on the
 * machine that builds the site), at most MAX_FILE_BYTES, and UTF-8. Every
 * refusal is a Problem in Swedish, never an exception.
 */
import { lstatSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import type { Problem } from './errors.ts';

/** Largest content file: a static host serves files up to a few tens of MB, and every dataset becomes several files and a page. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Most rows in one dataset: beyond this the dataset page and the table stop being readable and the build slows to minutes. */
export const MAX_ROWS = 50_000;

/** Bytes as an editor reads them, rounded up so a file just over the limit never reads as the limit: "5,1 MB". */
function megabytes(bytes: number): string {
  const mb = Math.ceil((bytes / 1024 / 1024) * 10) / 10;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1).replace('.', ',')}\u00a0MB`;
}

/**
 * Why the entry at `abs` is not a regular content file, or undefined when it is.
 * `file` labels the problem; `what` says what belongs in the folder.
 */
export function notRegular(abs: string, file: string, what: string): Problem | undefined {
  let st;
  try {
    st = lstatSync(abs);
  } catch {
    return { file, message: 'filen går inte att läsa (den försvann eller saknar läsrättighet).' };
  }
  if (st.isSymbolicLink()) {
    let target = '';
    try {
      target = readlinkSync(abs);
    } catch {
      /* shown without a target */
    }
    let dangling = false;
    try {
      statSync(abs);
    } catch {
      dangling = true;
    }
    return {
      file,
      message: `det här är en symbolisk länk${target ? ` till ${target}` : ''}${dangling ? ', och det den pekar på finns inte' : ''}. Innehåll ska ligga som vanliga filer i mappen: ta bort länken och kopiera in filen.`,
    };
  }
  if (st.isDirectory()) return { file, message: `här ska inga mappar ligga, bara ${what}. Flytta innehållet ut ur mappen, eller ta bort den.` };
  if (!st.isFile()) return { file, message: `det här är ingen vanlig fil. Ta bort den; här ska bara ${what} ligga.` };
  if (st.size > MAX_FILE_BYTES) {
    return { file, message: `filen är ${megabytes(st.size)}; en fil får vara högst ${megabytes(MAX_FILE_BYTES)}. Dela upp innehållet i flera mindre filer.` };
  }
  return undefined;
}

/** The line (1-based) of a character index in a text. */
function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/**
 * Read a content file as UTF-8 text after `notRegular` has passed. A file
 * that is not valid UTF-8 is refused (decoding it would silently turn the
 * bytes into "�"), naming the first line where it breaks.
 */
export function readText(abs: string, file: string): { text?: string; problem?: Problem } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(abs);
  } catch {
    return { problem: { file, message: 'filen går inte att läsa (den försvann eller saknar läsrättighet).' } };
  }
  try {
    // ignoreBOM keeps a byte-order mark in the text, so the CSV reader can name it rather than drop it silently.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const loose = new TextDecoder('utf-8').decode(bytes);
    return {
      problem: {
        file,
        line: lineOf(loose, loose.indexOf('\uFFFD')),
        message: 'filen är inte sparad som UTF-8 (den här raden har tecken som inte går att läsa, troligen å, ä eller ö). Spara om den som UTF-8, t.ex. i VS Code: klicka på teckenkodningen längst ned och välj "Save with Encoding" → "UTF-8".',
      },
    };
  }
}
