/**
 * Verbs of saying, testifying and confessing in Russian, German and French,
 * for quote-context.ts (the English ones are there). Each verb is spelled out
 * in its forms (past tense by gender and number, present, participles), not
 * cut to a stem: «показал» (testified) must not match «показатель».
 * Case matters, as for the English verbs: German «Bekannte» (acquaintances)
 * is no «bekannte» (confessed).
 */

const RU_CONFESS = [
  'призна(?:л|ла|ли|ло|лся|лась|лись|ётся|ется|ёт|ет|ю|юсь|вал|вала|вали|вался|валась|вались)',
  'созна(?:лся|лась|лись|ётся|ется|юсь|вался|валась|вались)',
  '(?:по|рас)ка(?:ялся|ялась|ялись|ивался|ивалась|ивается)',
  // «показал» is also «showed»: testimony when what follows is what he said («показал, что», «показал на допросе:»)
  'показа(?:л|ла|ли)(?=[ \\u00a0]*(?:[:,]|что(?![\\p{L}])|на[ \\u00a0]+(?:суде|следствии|допросе)))',
  'показыва(?:л|ла|ли|ет|ют)',
  'заяви(?:л|ла|ли)',
  'заявля(?:л|ла|ли|ет|ют)',
  'подтверди(?:л|ла|ли)',
  'подтвержда(?:л|ла|ли|ет|ют)',
  'свидетельствова(?:л|ла|ли)',
  'свидетельству(?:ет|ют)',
  'дал(?:а|и)?[ \\u00a0]+показания',
  '(?:по)?кля(?:лся|лась|лись)',
];
/** A separable prefix ends its clause: «gab er zu.», not «gab mir zu verstehen». */
const CLAUSE_END = '(?=[ \\u00a0]*(?:[,.;:!?\\u2026\\u201c\\u201e\\u201d"\\u00ab\\u00bb]|$))';
const DETERMINER =
  'der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen|seine|seiner|seinen|ihre|ihrer|ihren|' +
  'diese|dieser|diesen|jene|jener|sehr|so|wohl';
/** No reflexive or preposition of topic right after the verb (see DE_SAY). */
const NOT_TOPIC = '(?![ \\u00a0]+(?:sich|von|vom|über|für|gegen|mit|auf)(?![\\p{L}]))';
/** Not after an article: «der erklärte Feind», «die erwähnte Schrift», «das erzählte Ereignis» are adjectives. */
const NOT_ADJECTIVE = `(?<!(?:${DETERMINER.split('|')
  .map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join('|')})[ \\u00a0]+)`;
const DE_CONFESS = [
  'gestand(?:en)?',
  'gesteht',
  'gestehe',
  'zugegeben',
  'zugab(?:en)?',
  'gab(?:[ \\u00a0]+\\p{L}+){0,2}?[ \\u00a0]+zu' + CLAUSE_END,
  'gibt(?:[ \\u00a0]+\\p{L}+){0,2}?[ \\u00a0]+zu' + CLAUSE_END,
  'räumte(?:[ \\u00a0]+\\p{L}+){0,2}?[ \\u00a0]+ein' + CLAUSE_END,
  'eingeräumt',
  // not the adjective («die bekannte Auflösung», «der bekannten Rede»): no article or determiner before it
  `(?<!(?:${DETERMINER})[ \\u00a0]+)bekannte(?:n)?`,
  'bekennt',
  'sagte(?:n)?(?:[ \\u00a0]+\\p{L}+){0,2}?[ \\u00a0]+aus' + CLAUSE_END,
  'ausgesagt',
  'aussagte',
  'bezeugte(?:n)?',
  'bezeugt',
  'schwor(?:en)?',
];
/**
 * Verbs of declaring and asserting: testimony before a court («erklärte vor Gericht», « a déclaré devant le tribunal »),
 * but outside one only words said, as often of a letter or a paper as of a witness („erklärten mir hierauf, wenn ich …“,
 * « Le Cri du peuple l'atteste ainsi »). quote-context.ts reads them as confession only where the sentence speaks of a
 * court (INTL_COURT), and as verbs of saying everywhere.
 */
const DE_DECLARE = [
  `${NOT_ADJECTIVE}erklärte(?:n)?`,
  'erklärt',
  'erkläre',
  `${NOT_ADJECTIVE}beteuerte(?:n)?`,
  'beteuert',
  `${NOT_ADJECTIVE}versicherte(?:n)?`,
  'versichert',
];
const FR_CONFESS = [
  'avou(?:a|e|é|èrent|ait|aient|ez|ons|ent)',
  'reconnu(?:t|rent)?',
  'reconna(?:ît|it|issait|issaient|issent)',
  'admi(?:t|s|rent)',
  'confess(?:a|e|é|èrent|ait)',
  "s['\\u2019]accus(?:a|e|èrent)",
  // infinitives, after «a fini par», «a dû», «refusa de»: Henry a fini par avouer qu'il avait « arrangé » la pièce
  'avouer',
  'reconnaître',
];
const FR_DECLARE = [
  'déclar(?:a|e|é|èrent|ait|aient|ez|ons|ent)',
  // not «témoigner sa joie» (to show): testimony is «témoigna que», «témoigne de», «témoigna :»
  'témoign(?:a|e|é|èrent|ait)(?![ \\u00a0]+(?:toute?s?[ \\u00a0]+)?(?:sa|son|ses|leur|leurs|un|une|beaucoup|du|des)(?![\\p{L}]))',
  'attest(?:a|e|é|ait)',
  'affirm(?:a|e|é|èrent|ait|aient)',
  'jur(?:a|e|é|èrent|ait)',
  'dépos(?:a|e|é|ait)',
  'déclarer',
  'affirmer',
  'témoigner',
  'attester',
  'jurer',
  'déposer',
];
/**
 * Words of a court hearing, in the sentence of a declaration or the one before it: it is testimony. German and
 * French nouns in their case forms («vor Gericht», « devant le tribunal », « à l'audience »).
 */
// prettier-ignore
const COURT = [
  'Gericht(?:e?s|e|en)?', 'Gerichtshof(?:e?s)?', 'Tribunal(?:s)?', 'Proze(?:ß|ss)(?:es)?', 'Verhör(?:e?s)?', 'Verhandlung(?:en)?',
  '(?:Untersuchungs)?[Rr]ichter(?:s|n)?', 'Zeugen?', 'Angeklagte[nr]?', 'Geschworenen', 'Protokoll(?:e?s)?', 'Aussage(?:n)?',
  'tribunal', 'tribunaux', 'cour', 'audience', 'procès', 'juges?', 'jury', 'jurés', 'interrogatoire', 'témoins?',
  'accusée?s?', 'prévenue?s?', 'conseil[ \\u00a0]+de[ \\u00a0]+guerre', 'assises', 'déposition',
];
const RU_SAY = [
  'сказа(?:л|ла|ли)',
  'говори(?:л|ла|ли|т)',
  'пиш(?:ет|ут)',
  '(?:на)?писа(?:л|ла|ли)',
  'ответи(?:л|ла|ли)',
  'отвеча(?:л|ла|ли|ет)',
  'спроси(?:л|ла|ли)',
  'добави(?:л|ла|ли)',
  'воскликну(?:л|ла|ли)',
  '(?:за)?крича(?:л|ла|ли)',
  '(?:вс)?крикну(?:л|ла|ли)',
  'отмети(?:л|ла|ли)',
  'утвержда(?:л|ла|ли|ет)',
  'продолжа(?:л|ла|ли)',
  'повтори(?:л|ла|ли)',
  'объясни(?:л|ла|ли)',
  'замети(?:л|ла|ли)',
  'возрази(?:л|ла|ли)',
  'заключи(?:л|ла|ли)',
  // infinitives, after «мог», «хотел», «стал»: Он мог прибавить: «…»
  'сказать',
  'говорить',
  'ответить',
  'спросить',
  'написать',
  '(?:при|до)бави(?:л|ла|ли|ть)',
  'произн(?:ёс|ес|есла|если)',
  'услыша(?:л|ла|ли)',
];
const DE_SAY = [
  'sagte(?:n)?',
  'sagt',
  'schrieb(?:en)?',
  'schreibt',
  'antwortete(?:n)?',
  'fragte(?:n)?',
  'rief(?:en)?',
  'fügte(?:n)?',
  'meinte(?:n)?',
  'betonte(?:n)?',
  'bemerkte(?:n)?',
  'behauptete(?:n)?',
  'erwiderte(?:n)?',
  'fuhr',
  'wiederholte(?:n)?',
  'sagen',
  'schreiben',
  'antworten',
  'hörte(?:n)?',
  'gehört',
  // participles, after «hat», «hatte»: „…“, hat er gesagt
  'gesagt',
  'geschrieben',
  'geantwortet',
  'gefragt',
  'gerufen',
  'gemeint',
  'betont',
  'bemerkt',
  'behauptet',
  'erwidert',
  'wiederholt',
  // «gab er zu»: the verb is «gab», its subject may follow it
  'gab(?=(?:[ \\u00a0]+\\p{L}+){0,2}?[ \\u00a0]+zu(?![\\p{L}]))',
  // The other verba dicendi of the grammars (Duden's list of verbs introducing speech), in their forms of narration:
  // the past, the present, the participle. Not with a reflexive or a preposition of topic after it, where the
  // verb speaks of a matter, not words: „es fragt sich, ob …“, „sprach von der …“, „meldete sich“, „klagte über …“.
  `sprach(?:en)?${NOT_TOPIC}`,
  `spricht${NOT_TOPIC}`,
  `gesprochen${NOT_TOPIC}`,
  `${NOT_ADJECTIVE}erzählte(?:n)?${NOT_TOPIC}`,
  `erzählt${NOT_TOPIC}`,
  `${NOT_ADJECTIVE}berichtete(?:n)?${NOT_TOPIC}`,
  `berichtet${NOT_TOPIC}`,
  `antwortet${NOT_TOPIC}`,
  `entgegnete(?:n)?${NOT_TOPIC}`,
  `entgegnet${NOT_TOPIC}`,
  `erwiderten${NOT_TOPIC}`,
  `fragt${NOT_TOPIC}`,
  `ruft${NOT_TOPIC}`,
  `schrie(?:en)?${NOT_TOPIC}`,
  `schreit${NOT_TOPIC}`,
  `geschrien${NOT_TOPIC}`,
  `flüsterte(?:n)?${NOT_TOPIC}`,
  `flüstert${NOT_TOPIC}`,
  `murmelte(?:n)?${NOT_TOPIC}`,
  `brüllte(?:n)?${NOT_TOPIC}`,
  `seufzte(?:n)?${NOT_TOPIC}`,
  `meint${NOT_TOPIC}`,
  `meldete(?:n)?${NOT_TOPIC}`,
  `meldet${NOT_TOPIC}`,
  `gemeldet${NOT_TOPIC}`,
  `mitgeteilt${NOT_TOPIC}`,
  'teilte(?=(?:[ \\u00a0]+\\p{L}+){0,3}?[ \\u00a0]+mit(?![\\p{L}]))',
  `${NOT_ADJECTIVE}verkündete(?:n)?${NOT_TOPIC}`,
  `verkündet${NOT_TOPIC}`,
  `${NOT_ADJECTIVE}erwähnte(?:n)?${NOT_TOPIC}`,
  `erwähnt${NOT_TOPIC}`,
  `${NOT_ADJECTIVE}zitierte(?:n)?${NOT_TOPIC}`,
  `zitiert${NOT_TOPIC}`,
  `klagte(?:n)?${NOT_TOPIC}`,
  `drohte(?:n)?${NOT_TOPIC}`,
  `versprach(?:en)?${NOT_TOPIC}`,
  `widersprach(?:en)?${NOT_TOPIC}`,
  `protestierte(?:n)?${NOT_TOPIC}`,
  'wandte(?=(?:[ \\u00a0]+\\p{L}+){0,3}?[ \\u00a0]+ein(?![\\p{L}]))',
  `eingewandt${NOT_TOPIC}`,
  // impersonal: „in dem Briefe heißt es: …“, „hieß es“
  'hei(?:ß|ss)t(?=[ \\u00a0]+es(?![\\p{L}]))',
  'hie(?:ß|ss)(?=[ \\u00a0]+es(?![\\p{L}]))',
];
const FR_SAY = [
  'dit',
  'dirent',
  'disait',
  'écrivi(?:t|rent)',
  'écrit',
  'écrivait',
  'répondi(?:t|rent)',
  'répond',
  'demand(?:a|e)',
  'ajout(?:a|e)',
  "s['\\u2019]écri(?:a|e)",
  'cri(?:a|e)',
  'expliqu(?:a|e)',
  'remarqu(?:a|e)',
  'nota',
  'annonç(?:a)',
  'insist(?:a|e)',
  'poursuivi(?:t)',
  'continu(?:a)',
  'répét(?:a)',
  'dire',
  'répondre',
  'ajouter',
  'écrire',
  'entend(?:u|it|irent)',
  'constat(?:a|e|é)',
  // The other verbes de parole of the grammars (Grevisse's verbs of the incise), in their forms of narration: passé
  // simple, imparfait, present, participle. The present in -e is left out where it is also a common noun or adjective
  // (une note, une annonce, un murmure, une réplique, précise, continue).
  'disent',
  'disaient',
  'dis(?=-(?:je|tu)(?![\\p{L}]))',
  'répondai(?:t|ent)',
  'répondu',
  'demand(?:ait|aient|èrent|é)',
  'ajout(?:ait|aient|èrent|é)',
  'répliqu(?:a|ait|èrent)',
  'rétorqu(?:a|e|ait|èrent)',
  'ripost(?:a|ait)',
  "s['\\u2019]écri(?:ait|aient|èrent)",
  "s['\\u2019]exclam(?:a|e|ait|èrent)",
  'cri(?:ait|aient|èrent)',
  'hurl(?:a|e|ait|èrent)',
  'murmur(?:a|ait|èrent)',
  'chuchot(?:a|e|ait)',
  'soupir(?:a|ait)',
  'grommel(?:a|ait)',
  'balbuti(?:a|e|ait)',
  'bégay(?:a|ait)',
  'expliqu(?:ait|èrent|é)',
  'précis(?:a|ait)',
  'annonç(?:ait|aient)',
  'annonc(?:èrent|é)',
  'racont(?:a|e|ait|aient|èrent|é)',
  'continu(?:ait)',
  'poursuiv(?:ait)',
  'repri(?:t|rent)',
  'reprenait',
  'interrompi(?:t|rent)',
  'conclu(?:t|rent)',
  'object(?:a|e|ait)',
  'observ(?:a|ait)',
  'remarqu(?:ait)',
  'protest(?:a|e|ait)',
  'insist(?:ait)',
  'répét(?:ait)',
  'répète',
  'proclam(?:a|e|ait)',
  'prononç(?:a|ait)',
  'lanç(?:a|ait)',
  'cit(?:a|ait|e|èrent)',
  'interrog(?:ea|eait)',
  'suppli(?:a|ait)',
  'ni(?:a|ait)',
  'prétendi(?:t|rent)',
  'prétendait',
  'assur(?:a|ait)',
  'promi(?:t|rent)',
  'écrivaient',
  // «fit-il», «fait-elle»: faire says only with the subject turned after it, in the incise
  'f(?:it|ait|irent)(?=-(?:t-)?(?:il|elle|ils|elles|on)(?![\\p{L}]))',
];

/** Regex sources, alternations without boundaries (quote-context.ts puts them around). */
export const INTL_CONFESS = [...RU_CONFESS, ...DE_CONFESS, ...FR_CONFESS].join('|');
/** Declaring and asserting: testimony in a court's sentence (INTL_COURT), otherwise saying (they are in INTL_SAY too). */
export const INTL_DECLARE = [...DE_DECLARE, ...FR_DECLARE].join('|');
export const INTL_SAY = [...RU_SAY, ...DE_SAY, ...FR_SAY, ...DE_DECLARE, ...FR_DECLARE].join('|');
export const INTL_COURT = COURT.join('|');
/** "according to": «по словам», «laut», «selon», «d'après». */
export const INTL_ACCORDING =
  "[Пп]о[ \\u00a0]+словам|[Сс]огласно|[Ll]aut|[Nn]ach[ \\u00a0]+(?:den[ \\u00a0]+)?Worten|[Ss]elon|[Dd]['\\u2019]après";
