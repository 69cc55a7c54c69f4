/**
 * Common words of eight languages, enough for made-up news text that a language detector tags as that language. The
 * sentences mean nothing; their letters, words and n-grams are those of the language.
 */
export interface LanguageWords {
  /** BCP 47 tag, as a feed declares it. */
  tag: string;
  words: readonly string[];
  /** Written without spaces between words. */
  unspaced?: boolean;
  /** What ends a sentence. */
  stop: string;
}

const split = (text: string) => text.trim().split(/\s+/);

export const languages: readonly LanguageWords[] = [
  {
    tag: 'en',
    stop: '.',
    words: split(`the government said on Monday that the new plan would help families pay for housing and energy while
      officials in several cities warned that the winter could be harder than expected for people who already struggle
      with rising prices and fewer jobs the minister told reporters after a meeting with business leaders that the
      country needed more investment in schools hospitals and roads before the next election and that the opposition
      had failed to offer any serious alternative according to a report published this week by researchers at the
      university many workers have seen their wages fall behind inflation over the past two years which has left
      households with less money for food clothing and travel`),
  },
  {
    tag: 'fr',
    stop: '.',
    words: split(`le gouvernement a annoncé lundi que le nouveau plan aiderait les familles à payer leur logement et
      leur énergie tandis que les élus de plusieurs villes ont prévenu que l'hiver pourrait être plus difficile que
      prévu pour les habitants qui peinent déjà avec la hausse des prix et le manque d'emplois la ministre a déclaré
      aux journalistes après une réunion avec les chefs d'entreprise que le pays avait besoin de davantage
      d'investissements dans les écoles les hôpitaux et les routes avant les prochaines élections et que l'opposition
      n'avait proposé aucune solution sérieuse selon un rapport publié cette semaine par des chercheurs de
      l'université beaucoup de salariés ont vu leurs revenus baisser depuis deux ans`),
  },
  {
    tag: 'de',
    stop: '.',
    words: split(`die Regierung hat am Montag angekündigt dass der neue Plan den Familien helfen soll Miete und Energie
      zu bezahlen während Politiker in mehreren Städten warnten dass der Winter für die Menschen schwerer werden könnte
      als erwartet die schon jetzt mit steigenden Preisen und weniger Arbeitsplätzen kämpfen die Ministerin sagte nach
      einem Treffen mit Vertretern der Wirtschaft dass das Land mehr Geld für Schulen Krankenhäuser und Straßen
      brauche bevor die nächste Wahl stattfindet und dass die Opposition keine ernsthafte Alternative vorgelegt habe
      nach einem Bericht der Universität der in dieser Woche veröffentlicht wurde sind die Löhne vieler Beschäftigten
      in den vergangenen zwei Jahren hinter der Inflation zurückgeblieben`),
  },
  {
    tag: 'es',
    stop: '.',
    words: split(`el gobierno anunció el lunes que el nuevo plan ayudará a las familias a pagar la vivienda y la
      energía mientras los alcaldes de varias ciudades advirtieron que el invierno podría ser más duro de lo previsto
      para quienes ya sufren por la subida de los precios y la falta de empleo la ministra dijo a los periodistas tras
      una reunión con los empresarios que el país necesita más inversión en escuelas hospitales y carreteras antes de
      las próximas elecciones y que la oposición no había presentado ninguna alternativa seria según un informe
      publicado esta semana por investigadores de la universidad muchos trabajadores han visto cómo sus salarios
      quedaban por detrás de la inflación durante los últimos dos años`),
  },
  {
    tag: 'it',
    stop: '.',
    words: split(`il governo ha annunciato lunedì che il nuovo piano aiuterà le famiglie a pagare la casa e
      l'energia mentre i sindaci di diverse città hanno avvertito che l'inverno potrebbe essere più duro del previsto
      per chi già fatica con l'aumento dei prezzi e la mancanza di lavoro la ministra ha detto ai giornalisti dopo un
      incontro con gli imprenditori che il paese ha bisogno di più investimenti nelle scuole negli ospedali e nelle
      strade prima delle prossime elezioni e che l'opposizione non ha proposto nessuna alternativa seria secondo un
      rapporto pubblicato questa settimana dai ricercatori dell'università molti lavoratori hanno visto i loro
      stipendi restare indietro rispetto all'inflazione negli ultimi due anni`),
  },
  {
    tag: 'vi',
    stop: '.',
    words: split(`chính phủ cho biết hôm thứ hai rằng kế hoạch mới sẽ giúp các gia đình trả tiền nhà và tiền điện trong
      khi chính quyền nhiều thành phố cảnh báo mùa đông năm nay có thể khó khăn hơn dự kiến đối với những người vốn đã
      vất vả vì giá cả tăng cao và thiếu việc làm bộ trưởng nói với các phóng viên sau cuộc họp với các doanh nghiệp
      rằng đất nước cần đầu tư nhiều hơn vào trường học bệnh viện và đường sá trước cuộc bầu cử tới theo một báo cáo
      được công bố tuần này của các nhà nghiên cứu tại trường đại học nhiều người lao động đã thấy thu nhập của mình
      không theo kịp lạm phát trong hai năm qua`),
  },
  {
    tag: 'ru',
    stop: '.',
    words: split(`правительство объявило в понедельник что новый план поможет семьям оплачивать жильё и
      электричество в то время как власти нескольких городов предупредили что зима может оказаться тяжелее чем
      ожидалось для людей которые уже страдают от роста цен и нехватки рабочих мест министр заявила журналистам после
      встречи с представителями бизнеса что стране нужны дополнительные вложения в школы больницы и дороги перед
      следующими выборами а оппозиция не предложила никакой серьёзной альтернативы по данным доклада
      опубликованного на этой неделе исследователями университета зарплаты многих работников за последние два года
      отстали от инфляции`),
  },
  {
    tag: 'ja',
    stop: '。',
    unspaced: true,
    words: split(`政府は 月曜日に 新しい 計画が 家族の 住宅費と 光熱費の 支払いを 助けると 発表した 一方で
      いくつかの 都市の 当局者は 物価の 上昇と 仕事の 不足に すでに 苦しんでいる 人々にとって 今年の 冬は
      予想より 厳しく なる 可能性が あると 警告した 大臣は 経済界の 代表との 会談の 後 記者団に 対し 次の
      選挙までに 学校や 病院 道路への 投資を 増やす 必要が あると 述べた 大学の 研究者が 今週 公表した
      報告書に よると 多くの 労働者の 賃金は 過去 二年間 物価の 上昇に 追いついて いない という`),
  },
];
