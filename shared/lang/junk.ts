// Page furniture that scrapers carry into the body along with the article: comment counters,
// share and print buttons. Only whole lines made of nothing else count.

const JUNK_WORDS = [
  // comments
  'comments?', 'commentaires?', 'kommentare?', 'kommentar(?:er)?', 'comentarios?', 'comentários?',
  'commenti', 'reacties', 'kommentit', 'komentarze?', 'komentáře', 'yorumlar?', 'bình luận',
  'комментарии', 'комментариев', 'коментарі', 'σχόλια', '评论', '評論', 'コメント', '댓글',
  'تعليقات', 'תגובות', 'ความคิดเห็น', 'टिप्पणी', 'hozzászólások', 'comentarii', 'komentar',
  // sharing and the like
  'share(?: this(?: article| story)?)?', 'partager', 'teilen', 'compartir', 'condividi', 'compartilhar',
  'partilhar', 'delen', 'dela', 'del', 'jaa', 'udostępnij', 'sdílet', 'paylaş', 'megosztás', 'distribuie',
  'поделиться', 'поділитися', 'κοινοποίηση', 'chia sẻ', '分享', 'シェア', '공유', 'مشاركة', 'שתף',
  'tweet', 'retweet', 'print', 'imprimer', 'drucken', 'imprimir', 'stampa', 'afdrukken', 'drukuj',
  'печать', 'email', 'e-mail', 'mail', 'facebook', 'twitter', 'x', 'whatsapp', 'linkedin',
  'telegram', 'reddit', 'pinterest', 'zalo', 'line', 'like', 'thích', 'save', 'lưu', 'copy link',
  'copier le lien', 'link kopieren', 'gefällt mir', "j'aime", 'me gusta', 'mi piace', 'follow us',
];

const JUNK_LINE = new RegExp(
  `^(?:(?:${JUNK_WORDS.join('|')})\\s*(?:[([]\\s*\\d*\\s*[)\\]]|\\d+)?[\\s|·•,/:\\-–—]*)+$`,
  'iu',
);

/** True for a line such as `Comment (0)`, `Bình luận (3)`, `Share | Tweet | Print`. */
export function isJunkLine(text: string): boolean {
  const line = text.trim();
  if (line === '' || line.length > 80) return false;
  return JUNK_LINE.test(line);
}
