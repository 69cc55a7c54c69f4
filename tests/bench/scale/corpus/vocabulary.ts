import { Random } from './random';

/** The languages of the generated store, with the share of feeds written in each (the rest have no known language). */
export const languageShares = {
  en: 0.3,
  fr: 0.12,
  de: 0.1,
  es: 0.09,
  vi: 0.08,
  ru: 0.06,
  pt: 0.06,
  it: 0.05,
  ja: 0.05,
  zh: 0.04,
  ar: 0.03,
  th: 0.01,
} as const;

export type CorpusLanguage = keyof typeof languageShares;

export const corpusLanguages = Object.keys(languageShares) as CorpusLanguage[];

/** Languages written without spaces between words. */
export const unspaced: ReadonlySet<CorpusLanguage> = new Set<CorpusLanguage>(['ja', 'zh', 'th']);

// News words, most common first: the rank decides how often a word is drawn.
const words: Record<CorpusLanguage, string> = {
  en: 'says,new,government,after,over,minister,election,economy,market,inflation,budget,climate,energy,report,court,police,city,council,school,health,hospital,vaccine,research,university,study,company,startup,technology,software,security,data,privacy,bank,interest rates,trade,tariffs,border,migration,war,peace,talks,summit,president,parliament,vote,strike,workers,wages,housing,prices,football,league,final,season,coach,film,festival,music,album,museum,exhibition,storm,flood,drought,earthquake,wildfire,rescue,space,rocket,launch,satellite,Paris,London,Berlin,Tokyo,Hanoi,Washington,Beijing,Moscow,Madrid,Cairo,Brazil,India,Europe,Africa,record,first,amid,warns,plans,calls,faces,wins,loses,rises,falls,opens',
  fr: 'après,nouveau,gouvernement,ministre,annonce,face,élection,économie,marché,inflation,budget,climat,énergie,rapport,tribunal,police,ville,conseil,école,santé,hôpital,vaccin,recherche,université,étude,entreprise,technologie,logiciel,sécurité,données,banque,taux,commerce,frontière,guerre,paix,négociations,sommet,président,assemblée,vote,grève,salariés,salaires,logement,prix,football,championnat,finale,saison,cinéma,festival,musique,musée,exposition,tempête,inondation,sécheresse,séisme,incendie,secours,espace,fusée,satellite,Paris,Londres,Berlin,Tokyo,Hanoï,Washington,Pékin,Moscou,Madrid,Égypte,Brésil,Inde,Europe,Afrique,record,premier,prévient,réforme,hausse,baisse,déficit,retraites,électricité,agriculteurs,élèves,députés,sénat,procès,enquête,été,hiver',
  de: 'nach,neue,Regierung,Minister,warnt,über,Wahl,Wirtschaft,Markt,Inflation,Haushalt,Klima,Energie,Bericht,Gericht,Polizei,Stadt,Rat,Schule,Gesundheit,Krankenhaus,Impfstoff,Forschung,Universität,Studie,Unternehmen,Technologie,Software,Sicherheit,Daten,Datenschutz,Bank,Zinsen,Handel,Zölle,Grenze,Migration,Krieg,Frieden,Gespräche,Gipfel,Präsident,Bundestag,Abstimmung,Streik,Arbeitnehmer,Löhne,Wohnungen,Preise,Fußball,Bundesliga,Finale,Saison,Trainer,Film,Festival,Musik,Museum,Ausstellung,Sturm,Hochwasser,Dürre,Erdbeben,Waldbrand,Rettung,Raumfahrt,Rakete,Satellit,München,Köln,Berlin,Zürich,Wien,Österreich,Schweiz,Europa,Rekord,erste,plant,fordert,steigt,fällt,Straße,Bürger,Länder,Verkehr,Bahn,Gemeinde,Größe,Übernahme',
  es: 'tras,nuevo,gobierno,ministro,anuncia,sobre,elecciones,economía,mercado,inflación,presupuesto,clima,energía,informe,tribunal,policía,ciudad,consejo,escuela,salud,hospital,vacuna,investigación,universidad,estudio,empresa,tecnología,seguridad,datos,banco,tipos,comercio,aranceles,frontera,migración,guerra,paz,negociaciones,cumbre,presidente,congreso,votación,huelga,trabajadores,salarios,vivienda,precios,fútbol,liga,final,temporada,entrenador,película,festival,música,museo,exposición,tormenta,inundación,sequía,terremoto,incendio,rescate,espacio,cohete,satélite,Madrid,Barcelona,México,Bogotá,Lima,Buenos Aires,España,Argentina,Europa,récord,primer,advierte,plan,sube,baja,año,niños,pensiones,campaña,acuerdo',
  vi: 'mới,sau khi,chính phủ,bộ trưởng,công bố,cảnh báo,bầu cử,kinh tế,thị trường,lạm phát,ngân sách,khí hậu,năng lượng,báo cáo,tòa án,công an,thành phố,hội đồng,trường học,sức khỏe,bệnh viện,vắc xin,nghiên cứu,đại học,doanh nghiệp,công nghệ,phần mềm,an ninh,dữ liệu,ngân hàng,lãi suất,thương mại,thuế quan,biên giới,di cư,chiến tranh,hòa bình,đàm phán,hội nghị,chủ tịch,quốc hội,bỏ phiếu,đình công,công nhân,tiền lương,nhà ở,giá cả,bóng đá,giải đấu,chung kết,mùa giải,huấn luyện viên,phim,lễ hội,âm nhạc,bảo tàng,triển lãm,bão,lũ lụt,hạn hán,động đất,cháy rừng,cứu hộ,vũ trụ,tên lửa,vệ tinh,Hà Nội,Thành phố Hồ Chí Minh,Đà Nẵng,Huế,Hải Phòng,Cần Thơ,Việt Nam,châu Âu,kỷ lục,đầu tiên,kế hoạch,tăng,giảm,người dân,học sinh',
  ru: 'после,новый,правительство,министр,заявил,выборы,экономика,рынок,инфляция,бюджет,климат,энергетика,доклад,суд,полиция,город,совет,школа,здоровье,больница,вакцина,исследование,университет,компания,технологии,безопасность,данные,банк,ставки,торговля,пошлины,граница,миграция,война,мир,переговоры,саммит,президент,парламент,голосование,забастовка,рабочие,зарплаты,жильё,цены,футбол,чемпионат,финал,сезон,тренер,фильм,фестиваль,музыка,музей,выставка,шторм,наводнение,засуха,землетрясение,пожар,спасатели,космос,ракета,спутник,Москва,Санкт-Петербург,Казань,Новосибирск,Россия,Европа,рекорд,первый,планирует,растёт,падает,области,жители',
  pt: 'após,novo,governo,ministro,anuncia,sobre,eleições,economia,mercado,inflação,orçamento,clima,energia,relatório,tribunal,polícia,cidade,conselho,escola,saúde,hospital,vacina,pesquisa,universidade,estudo,empresa,tecnologia,segurança,dados,banco,juros,comércio,tarifas,fronteira,migração,guerra,paz,negociações,cúpula,presidente,congresso,votação,greve,trabalhadores,salários,habitação,preços,futebol,campeonato,final,temporada,técnico,filme,festival,música,museu,exposição,tempestade,enchente,seca,terremoto,incêndio,resgate,espaço,foguete,satélite,Lisboa,Porto,São Paulo,Rio de Janeiro,Brasília,Brasil,Portugal,Angola,Europa,recorde,primeiro,alerta,plano,sobe,cai,ação,coração,eleição',
  it: 'dopo,nuovo,governo,ministro,annuncia,sopra,elezioni,economia,mercato,inflazione,bilancio,clima,energia,rapporto,tribunale,polizia,città,consiglio,scuola,salute,ospedale,vaccino,ricerca,università,studio,azienda,tecnologia,sicurezza,dati,banca,tassi,commercio,dazi,confine,migrazione,guerra,pace,trattative,vertice,presidente,parlamento,voto,sciopero,lavoratori,stipendi,casa,prezzi,calcio,campionato,finale,stagione,allenatore,film,festival,musica,museo,mostra,tempesta,alluvione,siccità,terremoto,incendio,soccorso,spazio,razzo,satellite,Roma,Milano,Napoli,Torino,Firenze,Italia,Europa,record,primo,avverte,piano,sale,scende,più,perché',
  ja: '政府,発表,大臣,選挙,経済,市場,物価,予算,気候,エネルギー,報告,裁判所,警察,市,議会,学校,健康,病院,ワクチン,研究,大学,企業,技術,ソフトウェア,安全保障,データ,銀行,金利,貿易,関税,国境,移民,戦争,平和,交渉,首脳会談,大統領,国会,投票,ストライキ,労働者,賃金,住宅,価格,サッカー,リーグ,決勝,シーズン,監督,映画,祭り,音楽,美術館,展覧会,台風,洪水,干ばつ,地震,山火事,救助,宇宙,ロケット,衛星,東京,大阪,京都,名古屋,札幌,福岡,日本,欧州,新た,過去最高,初,警告,計画,上昇,下落,住民,首相',
  zh: '政府,宣布,部长,选举,经济,市场,通胀,预算,气候,能源,报告,法院,警方,城市,议会,学校,健康,医院,疫苗,研究,大学,企业,科技,软件,安全,数据,银行,利率,贸易,关税,边境,移民,战争,和平,谈判,峰会,总统,国会,投票,罢工,工人,工资,住房,价格,足球,联赛,决赛,赛季,教练,电影,节日,音乐,博物馆,展览,台风,洪水,干旱,地震,山火,救援,太空,火箭,卫星,北京,上海,广州,深圳,香港,台北,中国,欧洲,新,纪录,首次,警告,计划,上涨,下跌,居民,总理',
  ar: 'بعد,جديد,الحكومة,الوزير,يعلن,الانتخابات,الاقتصاد,السوق,التضخم,الميزانية,المناخ,الطاقة,تقرير,المحكمة,الشرطة,المدينة,المجلس,المدرسة,الصحة,المستشفى,اللقاح,البحث,الجامعة,الشركة,التكنولوجيا,الأمن,البيانات,البنك,الفائدة,التجارة,الرسوم,الحدود,الهجرة,الحرب,السلام,المفاوضات,القمة,الرئيس,البرلمان,التصويت,الإضراب,العمال,الأجور,السكن,الأسعار,كرة القدم,الدوري,النهائي,الموسم,المدرب,فيلم,مهرجان,الموسيقى,المتحف,معرض,عاصفة,فيضانات,الجفاف,زلزال,حريق,الإنقاذ,الفضاء,صاروخ,قمر صناعي,القاهرة,الرياض,دبي,بيروت,عمان,الدوحة,مصر,أوروبا,قياسي,أول,يحذر,خطة,ارتفاع,انخفاض,السكان',
  th: 'รัฐบาล,ประกาศ,รัฐมนตรี,เลือกตั้ง,เศรษฐกิจ,ตลาด,เงินเฟ้อ,งบประมาณ,สภาพอากาศ,พลังงาน,รายงาน,ศาล,ตำรวจ,เมือง,สภา,โรงเรียน,สุขภาพ,โรงพยาบาล,วัคซีน,วิจัย,มหาวิทยาลัย,บริษัท,เทคโนโลยี,ความปลอดภัย,ข้อมูล,ธนาคาร,ดอกเบี้ย,การค้า,ภาษี,ชายแดน,สงคราม,สันติภาพ,เจรจา,ประธานาธิบดี,นายกรัฐมนตรี,ฟุตบอล,ลีก,ภาพยนตร์,เทศกาล,ดนตรี,พิพิธภัณฑ์,พายุ,น้ำท่วม,ภัยแล้ง,แผ่นดินไหว,ไฟป่า,กู้ภัย,อวกาศ,จรวด,ดาวเทียม,กรุงเทพ,เชียงใหม่,ภูเก็ต,ไทย,ยุโรป,ใหม่,สถิติ,ครั้งแรก,เตือน,แผน,เพิ่มขึ้น,ลดลง,ประชาชน',
};

export function wordsOf(language: CorpusLanguage): string[] {
  return words[language].split(',');
}

// Names are the long tail of news text (people, places, products): a few thousand per language, most of them rare,
// so that searches range from a word in every article to one in a handful.
const nameParts: Record<CorpusLanguage, [first: string, second: string, third?: string]> = {
  en: ['Ash,Bren,Cal,Dun,El,Fair,Gar,Hart,Kel,Lang,Mor,North,Pem,Ray,Sal,Thorn,Wes,Whit,Brad,Carl', 'bury,ford,ton,well,wick,more,ley,field,wood,ham,by,stone,worth,dale,gate,brook,shaw,cott,mere,land'],
  fr: ['Beau,Ché,Dela,Fon,Gré,Lam,Mar,Mont,Per,Ros,Val,Ville,Blan,Dur,Lef,Mou,Rou,Thé,Ver,Bré', 'court,lin,mont,rier,chard,vre,ault,eau,bert,lard,ville,quet,ssier,nier,ret,gnac,deau,zin,main,vent'],
  de: ['Berg,Brück,Eich,Feld,Grün,Hoch,Kirch,Lind,Mühl,Neu,Ober,Rosen,Schön,Stein,Wald,Weiß,Wolf,Zieg,Bäck,Fuchs', 'mann,hofer,bach,berger,müller,heim,ler,stadt,feld,hausen,meier,bauer,ner,brunn,stätter,weiler,inger,ling,horn,gruber'],
  es: ['Al,Bar,Cas,Du,Es,Fer,Gon,Her,Ib,Lo,Mar,Na,Or,Pé,Qui,Ro,San,Tor,Val,Zú', 'tínez,rrero,cía,ñoz,ndez,rez,tillo,varez,rano,ñiga,guez,bal,lla,gado,rán,mero,chez,drigo,ría,quez'],
  vi: ['Nguyễn,Trần,Lê,Phạm,Hoàng,Huỳnh,Phan,Vũ,Võ,Đặng,Bùi,Đỗ,Hồ,Ngô,Dương,Lý', 'Văn,Thị,Hữu,Đức,Minh,Quốc,Thanh,Xuân', 'Anh,Bình,Cường,Dũng,Giang,Hà,Hải,Hạnh,Hiếu,Hòa,Hùng,Hương,Khánh,Lan,Linh,Long,Mai,Nam,Nga,Ngọc,Phong,Phúc,Quân,Sơn,Tâm,Thảo,Thắng,Thủy,Trang,Trung,Tuấn,Việt,Yến'],
  ru: ['Ива,Петр,Смир,Кузне,Попо,Соко,Лебе,Козло,Нови,Моро,Волко,Алексе,Павло,Семе,Его,Орло,Андре,Мака,Заха,Бело', 'нов,ов,ев,цов,вин,дев,лов,ков,ин,тьев,ский,енко,шин,рев,янов,ченко,ский,ёв,гин,цев'],
  pt: ['Al,Bra,Car,Cos,Fer,Gon,Lim,Mach,Mar,Nas,Oli,Per,Ri,San,Sil,Sou,Ta,Vi,Xa,Ara', 'ves,ga,valho,ta,reira,çalves,a,ado,tins,cimento,veira,eira,beiro,tos,va,sa,vares,eira,vier,újo'],
  it: ['Ros,Bian,Ferr,Rus,Espo,Colom,Ric,Mari,Grec,Bru,Gal,Con,De Lu,Mancin,Cos,Giord,Rizz,Lomb,Moret,Barb', 'si,chi,ari,so,sito,bo,ci,ni,co,no,lo,ti,ca,ini,ta,ano,zo,ardi,tti,eri'],
  ja: ['ア,カ,サ,タ,ナ,ハ,マ,ヤ,ラ,ワ,キ,シ,チ,ニ,ヒ,ミ,リ,ク,ス,ツ', 'ン,ル,ト,ド,ロ,ス,ク,タ,ノ,ミ,リ,サ,ネ,ム,ヌ,フ,ケ,セ,テ,ヘ', 'ー,ソン,ター,ル,ト,ス,ン,ド,ラ,ナ'],
  zh: ['王,李,张,刘,陈,杨,黄,赵,吴,周,徐,孙,马,朱,胡,郭,何,高,林,罗', '伟,芳,娜,敏,静,丽,强,磊,军,洋,勇,艳,杰,娟,涛,明,超,秀,霞,平', '刚,桂,华,建,文,辉,玲,鹏,宇,晨'],
  ar: ['محمد,أحمد,علي,حسن,خالد,عمر,يوسف,إبراهيم,فاطمة,مريم,سارة,ليلى,نور,هدى,سلمى,كريم,طارق,ياسر,سامي,رامي', 'عبد الله,سعيد,محمود,جمال,رشيد,منصور,صالح,ناصر,حسين,فؤاد', 'الأحمد,الحسن,العلي,الخطيب,النجار,الحداد,السيد,الشامي,المصري,العمري,البغدادي,الحلبي,الزين,القاسم,الصالح,الرشيد,المنصور,الفارس,الهاشمي,العبدالله'],
  th: ['สม,ชาย,ศรี,สุ,วิ,ประ,กิตติ,ธนา,อนุ,นิ,ภา,จันท,พิ,อรุณ,บุญ,ทอง,แสง,สาย,รุ่ง,เพ็ญ', 'ชัย,พงษ์,รัตน์,วัฒน์,พร,ทิพย์,ศักดิ์,สิทธิ์,กุล,วงศ์,เดช,ศรี,นันท์,ธร,ภัทร,วรรณ,ลักษณ์,มณี,กานต์,ยศ'],
};

/** Up to `count` distinct names for a language, in a fixed order: the first are drawn most often. */
export function namesOf(language: CorpusLanguage, count: number, seed: number): string[] {
  const random = new Random(seed);
  const parts = nameParts[language].map((list) => (list ?? '').split(','));
  const [first = [], second = [], third = []] = parts;
  // Syllable names for the scripts that build them, given and family names for the others.
  const spaced = language === 'vi' || language === 'ar';
  const names = new Set<string>();
  for (let attempt = 0; names.size < count && attempt < count * 20; attempt += 1) {
    let name = random.pick(first) + (spaced ? ' ' : '') + random.pick(second);
    if (third.length > 0) name += (spaced ? ' ' : '') + random.pick(third);
    else if (!unspaced.has(language) && random.chance(0.5)) name = `${random.pick(first)}${random.pick(second).toLowerCase()} ${name}`;
    names.add(name);
  }
  return [...names];
}
