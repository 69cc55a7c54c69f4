// The detector knows Malay but not Indonesian, and news in Indonesian far outnumbers news in Malay.
// The two share most of their grammar; these are everyday words where the standards differ.

const INDONESIAN = new Set([
  'bahwa', 'karena', 'pemerintah', 'bisa', 'uang', 'kantor', 'polisi', 'mobil', 'kemarin', 'senin',
  'jumat', 'saat', 'pekan', 'setelah', 'sesudah', 'adalah', 'pernyataan', 'pengadilan', 'dpr', 'rp',
  'jakarta', 'indonesia', 'tiongkok', 'presiden', 'gubernur', 'kabupaten', 'warga', 'sejumlah',
  'mengungkapkan', 'menjelaskan', 'terkait', 'yaitu', 'saja', 'berusia', 'ditangkap', 'tersangka',
]);

const MALAY = new Set([
  'bahawa', 'kerana', 'kerajaan', 'berkata', 'boleh', 'wang', 'pejabat', 'polis', 'hospital', 'kereta',
  'semalam', 'isnin', 'jumaat', 'ahad', 'sahaja', 'iaitu', 'selepas', 'hujung', 'agensi', 'kakitangan',
  'menerusi', 'ialah', 'akhbar', 'kenyataan', 'mahkamah', 'jabatan', 'negeri', 'rm', 'malaysia',
  'kuala', 'lumpur', 'putrajaya', 'bernama', 'perdana', 'sebarang', 'seramai', 'memaklumkan',
]);

/** Tells Indonesian from Malay; without any telling word it says Indonesian, the likelier by far. */
export function malayOrIndonesian(text: string): { language: 'id' | 'ms'; certain: boolean } {
  let indonesian = 0;
  let malay = 0;
  for (const word of text.toLowerCase().split(/[^a-z]+/)) {
    if (INDONESIAN.has(word)) indonesian++;
    else if (MALAY.has(word)) malay++;
  }
  if (malay > indonesian) return { language: 'ms', certain: malay - indonesian >= 2 };
  return { language: 'id', certain: indonesian - malay >= 2 };
}
