// What a notification says, in Bahasa Indonesia: the same words in the app (GraphQL `title`,
// `body`) and in the mail. One place, so the bell and the inbox never disagree.

/** Kinds as stored (lowercase); GraphQL shows them upper case. */
export const NOTIFICATION_KINDS = [
  'period_opened',
  'deadline_7',
  'deadline_1',
  'submission_returned',
  'value_corrected',
  'period_published',
  'below_target',
  'reminder',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Payload fields a notification may carry (each kind uses some). */
export interface NotificationPayload {
  frameworkCode?: string;
  frameworkName?: string;
  year?: number;
  deadline?: string | null;
  daysLeft?: number;
  comment?: string | null;
  nodeCode?: string | null;
  nodeName?: string | null;
  original?: number | null;
  value?: number | null;
  reason?: string | null;
  rank?: number | null;
  rankedCount?: number | null;
  category?: string | null;
  previousYear?: number | null;
  previousRank?: number | null;
  previousCategory?: string | null;
  rankChange?: number | null;
  targetRank?: number | null;
  targetCategory?: string | null;
  reviewerName?: string | null;
}

export interface NotificationFacts {
  kind: NotificationKind;
  regionCode: string | null;
  regionName?: string | null;
  periodId: string | null;
  payload: NotificationPayload;
}

export interface NotificationText {
  title: string;
  body: string;
  /** Path in the web app (no host) to the thing the notification is about. */
  link: string;
}

const num = (v: number | null | undefined) => (v === null || v === undefined ? '–' : v.toLocaleString('id-ID', { maximumFractionDigits: 3 }));
const date = (iso: string | null | undefined) => {
  if (!iso) return '–';
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
};

function change(rankChange: number | null | undefined): string {
  if (rankChange === null || rankChange === undefined) return '';
  if (rankChange > 0) return ` (naik ${rankChange} peringkat)`;
  if (rankChange < 0) return ` (turun ${-rankChange} peringkat)`;
  return ' (peringkat tetap)';
}

/** The title, body and link of a notification, in Bahasa Indonesia. */
export function describeNotification(n: NotificationFacts): NotificationText {
  const p = n.payload;
  const what = `${p.frameworkName ?? p.frameworkCode ?? 'Evaluasi'} ${p.year ?? ''}`.trim();
  const region = n.regionName ? `${n.regionName}` : (n.regionCode ?? '');
  const link = n.regionCode ? `/wilayah/${n.regionCode}${n.periodId ? `?periode=${n.periodId}` : ''}` : '/notifikasi';
  switch (n.kind) {
    case 'period_opened':
      return {
        title: `Periode ${what} dibuka`,
        body: `Periode penilaian ${what} telah dibuka untuk ${region}.${p.deadline ? ` Batas waktu pengisian: ${date(p.deadline)}.` : ''}`,
        link,
      };
    case 'deadline_7':
    case 'deadline_1':
      return {
        title: `Batas waktu ${what}: ${p.daysLeft === 0 ? 'hari ini' : `${p.daysLeft ?? (n.kind === 'deadline_1' ? 1 : 7)} hari lagi`}`,
        body: `Pengisian ${what} untuk ${region} belum dikirim. Batas waktunya ${date(p.deadline)}.`,
        link,
      };
    case 'reminder':
      return {
        title: `Pengingat: kirim isian ${what}`,
        body: `Reviewer provinsi mengingatkan ${region} untuk melengkapi dan mengirim isian ${what}${p.deadline ? ` sebelum ${date(p.deadline)}` : ''}.`,
        link,
      };
    case 'submission_returned':
      return {
        title: `Isian ${what} dikembalikan`,
        body: `Reviewer mengembalikan isian ${region}${p.nodeCode ? ` (indikator ${p.nodeName ?? p.nodeCode})` : ''} dengan catatan: “${p.comment ?? ''}”.`,
        link,
      };
    case 'value_corrected':
      return {
        title: `Nilai ${p.nodeName ?? p.nodeCode ?? ''} dikoreksi`,
        body: `Reviewer mengoreksi nilai ${p.nodeName ?? p.nodeCode} (${what}) dari ${num(p.original)} menjadi ${num(p.value)}. Alasan: ${p.reason ?? '–'}.`,
        link,
      };
    case 'period_published':
      return {
        title: `Hasil ${what} diterbitkan`,
        body:
          p.rank === null || p.rank === undefined
            ? `Hasil ${what} telah diterbitkan; ${region} tidak memiliki data yang dinilai.`
            : `Hasil ${what} telah diterbitkan: ${region} peringkat ${p.rank}${p.rankedCount ? ` dari ${p.rankedCount}` : ''}, nilai ${num(p.value)}` +
              `${p.category ? `, kategori ${p.category}` : ''}${change(p.rankChange)}` +
              `${p.previousYear ? `; tahun ${p.previousYear}: peringkat ${p.previousRank ?? '–'}${p.previousCategory ? `, kategori ${p.previousCategory}` : ''}` : ''}.`,
        link,
      };
    case 'below_target':
      return {
        title: `${region} di bawah target ${what}`,
        body:
          `Hasil terbit: peringkat ${p.rank ?? '–'}${p.category ? `, kategori ${p.category}` : ''}. ` +
          `Target: ${[p.targetCategory ? `kategori ${p.targetCategory}` : null, p.targetRank ? `peringkat ${p.targetRank} teratas` : null].filter(Boolean).join(', ')}.`,
        link,
      };
  }
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** The e-mail of a notification: subject, plain text and simple HTML, with a link into the app. */
export function notificationMail(n: NotificationFacts, recipientName: string, appUrl: string): { subject: string; text: string; html: string } {
  const { title, body, link } = describeNotification(n);
  const url = `${appUrl}${link}`;
  const settings = `${appUrl}/notifikasi`;
  const text =
    `Yth. ${recipientName},\n\n${body}\n\nBuka: ${url}\n\n—\nRapor. Anda menerima surel ini karena menjadi anggota tim wilayah atau reviewer. ` +
    `Atur jenis pemberitahuan yang dikirim lewat surel di ${settings}\n`;
  const html =
    `<!doctype html><html lang="id"><body style="font-family:sans-serif;line-height:1.5">` +
    `<p>Yth. ${escapeHtml(recipientName)},</p><p>${escapeHtml(body)}</p>` +
    `<p><a href="${escapeHtml(url)}">Buka di Rapor</a></p>` +
    `<hr><p style="color:#555;font-size:12px">Atur jenis pemberitahuan yang dikirim lewat surel di <a href="${escapeHtml(settings)}">halaman Notifikasi</a>.</p>` +
    `</body></html>`;
  return { subject: `[Rapor] ${title}`, text, html };
}
