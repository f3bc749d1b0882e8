// mailparser ships no types; the part the notification tests read.
declare module 'mailparser' {
  import type { Readable } from 'node:stream';
  export interface ParsedMail {
    subject?: string;
    text?: string;
    html?: string | false;
    messageId?: string;
    to?: { text: string } | { text: string }[];
    from?: { text: string };
  }
  export function simpleParser(source: Readable | Buffer | string): Promise<ParsedMail>;
}
