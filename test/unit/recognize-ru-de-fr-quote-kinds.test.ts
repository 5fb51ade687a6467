import * as assert from 'node:assert';
import type { Entity } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { NameMatcher } from '../../src/core/recognize/name-matcher';
import type { Language } from '../../src/core/text/language';

const person = (id: string, name: string, aliases: string[] = []): Entity => ({ id, type: 'person', name, aliases });
const NAMES = new NameMatcher([
  person('bukharin', 'Николай Бухарин', ['Бухарин', 'Bucharin', 'Boukharine']),
  person('radek', 'Карл Радек', ['Радек', 'Radek']),
  person('vyshinsky', 'Андрей Вышинский', ['Вышинский', 'Wyschinski', 'Vychinski']),
]);

/** The quotations of a text read in `lang`, as "text kind speaker". */
const quotes = (text: string, lang: Language): string[] =>
  recognize(text, NAMES, { kinds: ['name', 'quote'], lang })
    .filter((m) => m.kind === 'quote')
    .map((m) => `${m.text} ${m.quote}${m.speaker ? ` ${m.speaker}` : ''}`);

type Case = [string, Language, string[]];
const check = (cases: Case[]): void => {
  for (const [text, lang, expected] of cases) it(`${lang}: ${text}`, () => assert.deepStrictEqual(quotes(text, lang), expected));
};

describe('ru/de/fr quotations: titles of papers, works and bodies are quotations', () => {
  check([
    ['Об этом писала «Правда» на другой день.', 'ru', ['«Правда» quotation']],
    ['Жаловался, что второй том «Круга чтения» так медленно печатают.', 'ru', ['«Круга чтения» quotation']],
    ['Ich werde die Nummer der „Tribune“ auftreiben.', 'de', ['„Tribune“ quotation']],
    [
      'Seiler hat die „Staatszeitung“ gelesen und die „Kölnische“ auch.',
      'de',
      ['„Staatszeitung“ quotation', '„Kölnische“ quotation'],
    ],
    ['und die Zeitung [„NRZ“] stand täglich auf dem Sprung.', 'de', ['„NRZ“ quotation']],
    [
      'Er schreibt für die „Neue Oder-Zeitung“ und für „Das Volk“.',
      'de',
      ['„Neue Oder-Zeitung“ quotation', '„Das Volk“ quotation'],
    ],
    ['La nouvelle parut dans « Le Temps » le lendemain.', 'fr', ['« Le Temps » quotation']],
    // Negative: words held at a distance stay scare quotes, a capital alone says nothing in German.
    ['Это была «ошибка», не больше.', 'ru', ['«ошибка» scare']],
    ['London ist ein wahres „Gefängnis“, wenn man aus „Berlin“ kommt.', 'de', ['„Gefängnis“ scare', '„Berlin“ scare']],
    ['les documents « contemporains », cités par le ministre', 'fr', ['« contemporains » scare']],
    ['Nikolaïev avait autrefois fait parti du « groupe de Zinoviev ».', 'fr', ['« groupe de Zinoviev » scare']],
    // English keeps its rules: a capitalised word in marks may be a scare quote there.
    ['The Moscow “Confessions” were read out.', 'en', ['“Confessions” scare']],
  ]);
});

describe('ru/de/fr quotations: short speech is a quotation', () => {
  check([
    ['«Нет», — сказал Бухарин.', 'ru', ['«Нет» quotation bukharin']],
    ['« Non », dit Radek.', 'fr', ['« Non » quotation radek']],
    ['„Niemals“, sagte Radek.', 'de', ['„Niemals“ quotation radek']],
    ['Он мог прибавить: «и смирение Лао-Цзы».', 'ru', ['«и смирение Лао-Цзы» quotation']],
    ['Elle disait : « Ce canaille de D… » et rien de plus.', 'fr', ['« Ce canaille de D… » quotation']],
    // An exclamation or a question in marks is something said.
    ['Im Hause hörte man nur noch „Geld!“ und sonst nichts.', 'de', ['„Geld!“ quotation']],
    ['Он только махнул рукой: мол, «Бросьте!» — и ушёл.', 'ru', ['«Бросьте!» quotation']],
    // Negative: no verb of saying, no colon, no exclamation.
    ['Он назвал это «ошибкой» и ушёл.', 'ru', ['«ошибкой» scare']],
    ['Sein Haß und seine „Verachtung“ des Landes sind enorm.', 'de', ['„Verachtung“ scare']],
  ]);
});

describe('German phrases held at a distance', () => {
  check([
    [
      'Es ist kein Verlust, wenn wir nicht mehr für den „richtigen und adäquaten Ausdruck“ der Hunde gelten.',
      'de',
      ['„richtigen und adäquaten Ausdruck“ scare'],
    ],
    [
      'Er kommt auf die dritte Partei in London, „die Partei der Oktroyierung“, zu sprechen.',
      'de',
      ['„die Partei der Oktroyierung“ scare'],
    ],
    // Negative: a verb makes it a clause someone wrote; a verb of saying in the sentence makes it reported words.
    [
      'Den Flüchtlingen, denen „ungehinderte Rückkehr gestattet ist“, hilft das nicht.',
      'de',
      ['„ungehinderte Rückkehr gestattet ist“ quotation'],
    ],
    [
      'Trotzki sagt, der Umschwung sei geradezu „eine Rettung für die Konstituante“ gewesen.',
      'de',
      ['„eine Rettung für die Konstituante“ quotation'],
    ],
    [
      'Er nennt es „Zur Kritik der Politischen Ökonomie“ und nichts weiter.',
      'de',
      ['„Zur Kritik der Politischen Ökonomie“ quotation'],
    ],
  ]);
});

describe('ru/de/fr quotations: the verb that introduces a quotation decides its kind', () => {
  check([
    [
      'Als ich Dir schrieb, „Komme nicht eher nach Deutschland, als bis ich Dir schreibe“, hatte Radek mir erklärt, alles sei gut.',
      'de',
      ['„Komme nicht eher nach Deutschland, als bis ich Dir schreibe“ quotation'],
    ],
    ['„Ich war in Berlin im Dezember 1932“, gestand Radek.', 'de', ['„Ich war in Berlin im Dezember 1932“ confession radek']],
    [
      'Lebrun-Renaud, qui avoue lui-même n’avoir rien compris ; il suffit qu’il ait entendu : « Le ministre sait » au lieu de : « le ministre croit ».',
      'fr',
      ['« Le ministre sait » quotation', '« le ministre croit » quotation'],
    ],
    // «bekannte» as an adjective, «показал на» as «pointed at», «gab … zu verstehen»: no confession.
    [
      'In seiner bekannten Rede und der bekannte Satz „Wir haben nichts zu verlieren als unsere Ketten“ fiel wieder.',
      'de',
      ['„Wir haben nichts zu verlieren als unsere Ketten“ quotation'],
    ],
    [
      'Он показал на дверь и крикнул: «Вон отсюда, немедленно и навсегда!»',
      'ru',
      ['«Вон отсюда, немедленно и навсегда!» quotation'],
    ],
    [
      'Radek gab mir zu verstehen: „Wir reden morgen darüber, nicht heute.“',
      'de',
      ['„Wir reden morgen darüber, nicht heute.“ quotation radek'],
    ],
    // Positive: testimony.
    ['Бухарин показал: «Я был в Берлине в 1932 году».', 'ru', ['«Я был в Берлине в 1932 году» confession bukharin']],
  ]);
});

describe('French incises and Russian asides inside the marks', () => {
  check([
    [
      '« Je le reconnais, dit Boukharine, j’ai menti au tribunal »',
      'fr',
      ['« Je le reconnais, dit Boukharine, j’ai menti au tribunal » quotation bukharin'],
    ],
    [
      '« Je le reconnais, avoua Boukharine, j’ai menti au tribunal »',
      'fr',
      ['« Je le reconnais, avoua Boukharine, j’ai menti au tribunal » confession bukharin'],
    ],
    [
      '« Je le reconnais, dit-il, j’ai menti au tribunal »',
      'fr',
      ['« Je le reconnais, dit-il, j’ai menti au tribunal » quotation'],
    ],
    [
      '«Я, — сказал Бухарин, — ничего об этом не знаю»',
      'ru',
      ['«Я, — сказал Бухарин, — ничего об этом не знаю» quotation bukharin'],
    ],
    // Negative: commas of a list are no incise.
    [
      'Il cita « Paris, Lyon, Marseille et les autres villes » sans rien dire de plus.',
      'fr',
      ['« Paris, Lyon, Marseille et les autres villes » quotation'],
    ],
  ]);
});

describe('Russian speakers named in the nominative, linked through declension', () => {
  check([
    [
      '«Никакого блока не было и не могло быть», — ответил Вышинскому Бухарин.',
      'ru',
      ['«Никакого блока не было и не могло быть» quotation bukharin'],
    ],
    [
      'Вышинскому Бухарин ответил: «Никакого блока не было и не могло быть».',
      'ru',
      ['«Никакого блока не было и не могло быть» quotation bukharin'],
    ],
    [
      'По словам Бухарина, «никакого блока не было и не могло быть».',
      'ru',
      ['«никакого блока не было и не могло быть» quotation bukharin'],
    ],
    // Negative: the one asked or answered (dative, accusative) is not the speaker.
    [
      '«Никакого блока не было и не могло быть», — ответили Вышинскому.',
      'ru',
      ['«Никакого блока не было и не могло быть» quotation'],
    ],
    [
      'Бухарину задали вопрос: «Признаёте ли вы себя виновным в измене?»',
      'ru',
      ['«Признаёте ли вы себя виновным в измене?» quotation'],
    ],
    [
      'Бухарина спросили: «Признаёте ли вы себя виновным в измене?»',
      'ru',
      ['«Признаёте ли вы себя виновным в измене?» quotation'],
    ],
  ]);
});

describe('German and French marks', () => {
  check([
    [
      '„Das ist der ‚Block‘, den wir alle meinten“, sagte Radek.',
      'de',
      ['„Das ist der ‚Block‘, den wir alle meinten“ quotation radek', '‚Block‘ scare'],
    ],
    [
      'Radek schrieb: „Wir haben es nie geleugnet, niemals und nirgends‟ und schwieg.',
      'de',
      ['„Wir haben es nie geleugnet, niemals und nirgends‟ quotation radek'],
    ],
    ['Proudhon gibt eine „ökonomische Bibel" heraus.', 'de', ['„ökonomische Bibel" scare']],
    ['als er in der Augsburger „ A.Z.“ angegriffen war', 'de', ['„ A.Z.“ quotation']],
    // Narrow and ordinary no-break spaces inside guillemets; an opening guillemet after an elided word.
    [
      'Radek dit\u202f: «\u202fNous étions les chefs du bloc\u202f».',
      'fr',
      ['«\u202fNous étions les chefs du bloc\u202f» quotation radek'],
    ],
    [
      'Radek dit\u00a0: «\u00a0Nous étions les chefs du bloc\u00a0».',
      'fr',
      ['«\u00a0Nous étions les chefs du bloc\u00a0» quotation radek'],
    ],
    ['il est impossible qu’« après la dégradation », il ait parlé', 'fr', ['« après la dégradation » scare']],
  ]);
});

describe('German titles told by the grammar around the marks', () => {
  check([
    // A person's genitive before the marks names the work.
    ['Er las den ganzen Winter Goethes „Faust“ und sonst nichts.', 'de', ['„Faust“ quotation']],
    ['Ich schicke Dir Marx’ „Kapital“ mit der Post.', 'de', ['„Kapital“ quotation']],
    ['Lassalles „Franz von Sickingen“ ist gedruckt.', 'de', ['„Franz von Sickingen“ quotation']],
    // A title keeps its nominative after a genitive article, where a noun would take -s.
    ['Der Redakteur des „Vorwärts“ schrieb mir.', 'de', ['„Vorwärts“ quotation']],
    ['Er ist der Bankier des „Figaro“ in Paris.', 'de', ['„Figaro“ quotation']],
    // A short quotation coordinated with a title is one too.
    ['Schellings „Philosophie“ und „Mythologie“ ditto.', 'de', ['„Philosophie“ quotation', '„Mythologie“ quotation']],
    // Negative: an article before a genitive noun, a preposition before a place, a noun in the genitive.
    ['Trotz des Landes „Ruhe“ blieb alles beim Alten.', 'de', ['„Ruhe“ scare']],
    ['Er kam aus Paris „zurück“, wie er sagt.', 'de', ['„zurück“ scare']],
    ['Die Farce des „Rechtsstaats“ ist vorüber.', 'de', ['„Rechtsstaats“ scare']],
    ['Die Lage des „Menschen“ ist ernst.', 'de', ['„Menschen“ scare']],
    // A noun in -schen is no paper's adjective („Kölnische“, „Trier’sche“ are).
    ['Sie trugen „Taschen“ voll Geld.', 'de', ['„Taschen“ scare']],
    ['Er las die „Trier’sche“ jeden Morgen.', 'de', ['„Trier’sche“ quotation']],
    ['Seine „Verachtung“ und „Wut“ waren groß.', 'de', ['„Verachtung“ scare', '„Wut“ scare']],
  ]);
});

describe('words quoted inside reported speech are quotations', () => {
  check([
    ['Der Wirt sagte mir, wenn ich nicht zahle, werde er „Ernst machen“.', 'de', ['„Ernst machen“ quotation']],
    ['Er schrieb, daß die Sache „faul“ sei.', 'de', ['„faul“ quotation']],
    ['Он сказал, что это «ошибка» и больше ничего.', 'ru', ['«ошибка» quotation']],
    ['Le préfet écrivit que la ville était « calme ».', 'fr', ['« calme » quotation']],
    // Negative: a clause of cause or time after the verb, a verb of saying after the words, no verb at all.
    ['Das Buch, das er nur schrieb, weil Dein „anonymes“ Pamphlet ihn ärgerte, ist schlecht.', 'de', ['„anonymes“ scare']],
    ['Er schrieb lange an die Zeitung und auch heute nicht, weil ein „Gast“ kam.', 'de', ['„Gast“ scare']],
    ['Die „Partei“ ist uns gleich.', 'de', ['„Partei“ scare']],
    ['Il écrivait, quand le « ministre » arriva, une lettre.', 'fr', ['« ministre » scare']],
  ]);
});

describe('German titles: a person genitive after a preposition, a work named in parentheses, a text printed or read', () => {
  check([
    ['Er zitierte oft aus Schillers „Räubern“ beim Essen.', 'de', ['„Räubern“ quotation']],
    ['Er kam gestern aus Paris „Heim“ und fand nichts.', 'de', ['„Heim“ scare']],
    ['Sein erster Roman („Waldheim“) blieb unbekannt.', 'de', ['„Waldheim“ quotation']],
    ['Das dänische „Dagblad“ schweigt dazu.', 'de', ['„Dagblad“ quotation']],
    ['Sie druckten die „Rede“ im Anhang ab.', 'de', ['„Rede“ quotation']],
    ['Wir haben das „Programm“ ins Französische übersetzt.', 'de', ['„Programm“ quotation']],
    // Negative: the verb of reading is in another part of the sentence.
    ['Er las die Zeitung und sprach dann lange von der „Gegenwart“.', 'de', ['„Gegenwart“ scare']],
    ['Sie lasen, und dann kam die „Masse“ herein.', 'de', ['„Masse“ scare']],
    // An uninflected adjective opens a phrase held at a distance, as an inflected one does.
    ['Er hält sich für „ehrlich im wahren Sinne des Worts“.', 'de', ['„ehrlich im wahren Sinne des Worts“ scare']],
  ]);
});

describe('French and German attributions in the compound past, and verbs of saying right before the marks', () => {
  check([
    ['« Nous étions prêts », a déclaré Radek devant le tribunal.', 'fr', ['« Nous étions prêts » confession radek']],
    ['« Nous étions prêts », a-t-il avoué.', 'fr', ['« Nous étions prêts » confession']],
    ['„Wir waren bereit“, hat Radek gesagt.', 'de', ['„Wir waren bereit“ quotation']],
    ['„Wir waren bereit“, hat er mir geschrieben.', 'de', ['„Wir waren bereit“ quotation']],
    ['Le témoin a entendu Radek dire « le plan est prêt ».', 'fr', ['« le plan est prêt » quotation radek']],
    ['Er sagte „niemals“ und ging.', 'de', ['„niemals“ quotation']],
    ['Radek a fini par avouer qu’il avait « préparé » le plan.', 'fr', ['« préparé » confession radek']],
    // Negative: no verb of saying before or after, or a conjunction that opens no reported speech.
    ['Il parlait toujours de sa « mission ».', 'fr', ['« mission » scare']],
    ['Le « plan » a un nom de code.', 'fr', ['« plan » scare']],
    ['« Le Temps » a publié la lettre.', 'fr', ['« Le Temps » quotation']],
  ]);
});

describe('an exclamation or a question in marks keeps its attribution in its sentence', () => {
  check([
    ['«Я не шпион!» — крикнул Бухарин.', 'ru', ['«Я не шпион!» quotation bukharin']],
    ['„Ich bin kein Spion!“ rief Radek.', 'de', ['„Ich bin kein Spion!“ quotation radek']],
    ['« Qui a signé ? » demanda Radek.', 'fr', ['« Qui a signé ? » quotation radek']],
    // Negative: a new sentence after the marks names no speaker.
    ['«Я не шпион!» Бухарин замолчал.', 'ru', ['«Я не шпион!» quotation']],
    // A paper in transliteration is a title.
    ['In der „Prawda“ stand es am nächsten Tag.', 'de', ['„Prawda“ quotation']],
  ]);
});

describe('German and French verbs of declaring are testimony only before a court', () => {
  check([
    ['„Ich war nie dort“, erklärte Radek vor Gericht.', 'de', ['„Ich war nie dort“ confession radek']],
    ['« Je n’y étais pas », déclara Radek devant le tribunal.', 'fr', ['« Je n’y étais pas » confession radek']],
    ['À l’audience, Radek affirma : « Je n’y étais pas. »', 'fr', ['« Je n’y étais pas. » confession radek']],
    // Negative: a declaration in a letter or a paper's report is words said, not testimony.
    [
      'Die Herren erklärten mir hierauf, wenn ich den „Mann“ nicht nenne, würden sie „Schlimmes absetzen“.',
      'de',
      ['„Mann“ quotation', '„Schlimmes absetzen“ quotation'],
    ],
    ['„Ich komme morgen“, erklärte Radek in seinem Brief.', 'de', ['„Ich komme morgen“ quotation radek']],
    ['Le journal l’atteste ainsi : « Radek a été blessé au fort. »', 'fr', ['« Radek a été blessé au fort. » quotation']],
    ['« Je viendrai demain », déclara Radek à ses amis.', 'fr', ['« Je viendrai demain » quotation radek']],
  ]);
});

describe('words the speaker avows in the next sentence are a confession', () => {
  check([
    [
      'On raconte que vous vous êtes écriée : « On les a fusillés, c’est bien fait. » — R. Oui, j’ai dit cela, je l’avoue.',
      'fr',
      ['« On les a fusillés, c’est bien fait. » confession'],
    ],
    ['Man sagt, Sie hätten gerufen: „Recht so!“ Ich gestehe es.', 'de', ['„Recht so!“ confession']],
    // Negative: the next sentence avows nothing, or someone else's words in the third person.
    [
      'On raconte que vous vous êtes écriée : « On les a fusillés, c’est bien fait. » — R. Non, je n’ai rien dit.',
      'fr',
      ['« On les a fusillés, c’est bien fait. » quotation'],
    ],
    ['Il s’écria : « Allez ! » Il avoue aujourd’hui qu’il avait peur.', 'fr', ['« Allez ! » quotation']],
  ]);
});

describe('the verba dicendi of the grammars, in their forms of narration', () => {
  check([
    ['„Nie“, sprach Radek.', 'de', ['„Nie“ quotation radek']],
    ['„Verrat“, hieß es im Lager.', 'de', ['„Verrat“ quotation']],
    ['„Radek“, fragt man mich täglich.', 'de', ['„Radek“ quotation']],
    ['« Jamais, reprit Radek, je ne céderai. »', 'fr', ['« Jamais, reprit Radek, je ne céderai. » quotation radek']],
    ['« Non », fit-il.', 'fr', ['« Non » quotation']],
    ['« Assez », murmura Radek.', 'fr', ['« Assez » quotation radek']],
    // Negative: the noun or the other sense of the same letters.
    ['Er hieß „Fritz“ bei den Freunden.', 'de', ['„Fritz“ scare']],
    ['Il lui remit une note « secrète ».', 'fr', ['« secrète » scare']],
    ['Il fit « fortune » en Amérique.', 'fr', ['« fortune » scare']],
  ]);
});

describe('phrases held at a distance: adverbs in a German phrase, foreign words, what someone calls a thing', () => {
  check([
    ['Alles ist teurer, oder vielmehr „und so in allem“.', 'de', ['„und so in allem“ scare']],
    ['Er beleidigt mich also „au sein de ma famille“.', 'de', ['„au sein de ma famille“ scare']],
    [
      'Il approuva ce qu’il appelait « la surveillance légitime exercée sur les castes dirigeantes ».',
      'fr',
      ['« la surveillance légitime exercée sur les castes dirigeantes » scare'],
    ],
    ['Das war die sogenannte „Partei, die alles besser weiß“.', 'de', ['„Partei, die alles besser weiß“ scare']],
    // Negative: a verb in the phrase, a verb of saying before it, a foreign title, no naming verb.
    ['Alles ist teurer, oder vielmehr „und so ging es weiter“.', 'de', ['„und so ging es weiter“ quotation']],
    ['Er sagte „au revoir de tout cœur“ und ging.', 'de', ['„au revoir de tout cœur“ quotation']],
    ['Er las die „La Réforme“ jeden Morgen.', 'de', ['„La Réforme“ quotation']],
    [
      'Il écrivait : « la surveillance légitime exercée sur les castes dirigeantes ».',
      'fr',
      ['« la surveillance légitime exercée sur les castes dirigeantes » quotation'],
    ],
  ]);
});

describe('titles and names: a ship, a text named by its noun, a body named in apposition, what a paper contains', () => {
  check([
    ['Er ging mit dem Segelschiff „Reform“ ab.', 'de', ['„Reform“ quotation']],
    [
      'Der Druck meiner „Abhandlung über christliche Kunst“ ist unmöglich.',
      'de',
      ['„Abhandlung über christliche Kunst“ quotation'],
    ],
    ['Die „Phalange“ enthält nichts als Unsinn.', 'de', ['„Phalange“ quotation']],
    ['Les femmes prirent le nom de « groupe Marie Ferré ».', 'fr', ['« groupe Marie Ferré » quotation']],
    // Negative: the same words with no noun of a text, a ship or a body before them.
    ['Er fand die „Reform“ töricht.', 'de', ['„Reform“ scare']],
    ['Die „Masse“ lacht darüber.', 'de', ['„Masse“ scare']],
    ['Il parlait du « groupe de Zinoviev ».', 'fr', ['« groupe de Zinoviev » scare']],
  ]);
});

describe('titles by their initials or an entitling participle; a name someone gives is a term; a paragraph quoted whole', () => {
  check([
    ['Ich habe 7000 Taler für die „N.Rh.Z.“ zugesetzt.', 'de', ['„N.Rh.Z.“ quotation']],
    ['Ein Auszug aus dem Tagebuch, betitelt „Besuch“, lag bei.', 'de', ['„Besuch“ quotation']],
    ['Ce que Leroy-Beaulieu nomme le « Quatrième Etat » deviendrait une bourgeoisie.', 'fr', ['« Quatrième Etat » scare']],
    [
      'Il affirme qu’il faut présenter ce qu’il appelle « l’exégèse de la Révolution ».',
      'fr',
      ['« l’exégèse de la Révolution » scare'],
    ],
    [
      '„Lieber Carl! Du mußt gesund bleiben und früh aufstehn.\n\nDein Vater',
      'de',
      ['„Lieber Carl! Du mußt gesund bleiben und früh aufstehn. quotation'],
    ],
    // Negative: one abbreviated word, no participle of entitling, no naming verb, no full stop, a mark inside a paragraph.
    ['Das war ein „Na.“ und sonst nichts.', 'de', ['„Na.“ scare']],
    ['Er fand den „Besuch“ lästig.', 'de', ['„Besuch“ scare']],
    ['Il lisait le « Quatrième Etat » chaque semaine.', 'fr', ['« Quatrième Etat » quotation']],
    ['Il affirme qu’il faut présenter « l’exégèse de la Révolution ».', 'fr', ['« l’exégèse de la Révolution » quotation']],
    ['„Lieber Carl, Du mußt gesund bleiben\n\nDein Vater', 'de', []],
    ['Er sagte „nie und ging fort.', 'de', []],
  ]);
});

describe('a German infinitive group held at a distance; a verb of saying with its manner before the marks', () => {
  check([
    [
      'Man geht dorthin, um „sich Mätressen zu halten und sein Geld durchzubringen“.',
      'de',
      ['„sich Mätressen zu halten und sein Geld durchzubringen“ scare'],
    ],
    [
      'L’acte d’accusation constate avec une sorte de colère « ses dénégations persistantes ».',
      'fr',
      ['« ses dénégations persistantes » quotation'],
    ],
    ['Er schrieb mit Recht „faule Sache“.', 'de', ['„faule Sache“ quotation']],
    // Negative: a clause ending in its finite verb; a verb of saying whose object comes between it and the marks.
    [
      'Man sagt, daß er „sich Mätressen hält und sein Geld verschwendet“.',
      'de',
      ['„sich Mätressen hält und sein Geld verschwendet“ quotation'],
    ],
    ['Il déplore avec une sorte de colère ses « dénégations persistantes ».', 'fr', ['« dénégations persistantes » scare']],
    ['Man sprach mit Freunden über die „Partei der Ordnung“.', 'de', ['„Partei der Ordnung“ scare']],
  ]);
});

describe('a German past form after an article is an adjective, not a verb of saying', () => {
  check([
    ['Er erwähnte „Reform“ nur einmal.', 'de', ['„Reform“ quotation']],
    // Negative: der erklärte Feind, die erwähnte Reform.
    ['Er war der erklärte „Feind“ der Partei.', 'de', ['„Feind“ scare']],
    ['Die erwähnte „Reform“ kam nie.', 'de', ['„Reform“ scare']],
  ]);
});

describe('an editor’s gloss naming a paper, and a German name in parentheses after its noun, make a title', () => {
  check([
    [
      'Das „Demokrätchen“ [„Der Demokrat“, Zeitung des Vereins] wird alle Tage widerlicher.',
      'de',
      ['„Demokrätchen“ quotation', '„Der Demokrat“ quotation'],
    ],
    ['Der Idealismus spielt durch erzwungnen Humor („Scorpion und Felix“) hindurch.', 'de', ['„Scorpion und Felix“ quotation']],
    // Negative: a gloss naming a person, a small word glossed in parentheses, a parenthesis opening the sentence.
    ['Der „Kleine“ [Ernst Dronke] hat gestänkert.', 'de', ['„Kleine“ scare']],
    ['Er sprach von Freiheit („liberté“) und Gleichheit.', 'de', ['„liberté“ scare']],
    ['Wir lasen. („Gefängnis“) stand an der Wand.', 'de', ['„Gefängnis“ scare']],
  ]);
});

describe('reported speech needs the verb’s own clause; titles joined through an article, named twice, or by their paper', () => {
  check([
    ['Er sagte mir, daß ich zu „abstrakt“ sei.', 'de', ['„abstrakt“ quotation']],
    ['Er schrie, tobte und hat sich endlich überzeugt, daß ich zu „abstrakt“ bin.', 'de', ['„abstrakt“ scare']],
    ['Ich habe Dir wenig zu sagen, als daß die Briefe „kahl“ waren.', 'de', ['„kahl“ scare']],
    ['Ich lese nur die „Débats“ und den „Charivari“.', 'de', ['„Débats“ quotation', '„Charivari“ quotation']],
    [
      'Wehe uns, wenn im „Rumpelstilzchen“ oder im „König Drosselbart“ eine Silbe fehlt.',
      'de',
      ['„Rumpelstilzchen“ quotation', '„König Drosselbart“ quotation'],
    ],
    ['Er hat das ganze „Kapital“ exzerpiert.', 'de', ['„Kapital“ quotation']],
    ['Ich war denunziert in dem Wiener Klatschblatt „Sprudel“.', 'de', ['„Sprudel“ quotation']],
    [
      'Nach der Veröffentlichung des „Achtzehnten Brumaire des Louis Bonaparte“ reiste ich ab.',
      'de',
      ['„Achtzehnten Brumaire des Louis Bonaparte“ quotation'],
    ],
    [
      'Er stiftete ein Journal mit dem Titel „Der Kosmos“. Im kurzlebigen „Kosmos“ schrieb er viel.',
      'de',
      ['„Der Kosmos“ quotation', '„Kosmos“ quotation'],
    ],
    ['Ich „grolle nicht“ (wie Heine sagt) und Engels ebensowenig.', 'de', ['„grolle nicht“ quotation']],
    // Negative: a scare quote joined to another scare quote, a word repeated that is no title, people in general.
    ['Sie sind weder „Untertanen“ noch im „Dienst“.', 'de', ['„Untertanen“ scare', '„Dienst“ scare']],
    ['Der „Staat“ ist hier der „Staat“ des Königs.', 'de', ['„Staat“ scare', '„Staat“ scare']],
    ['Tussy ist voll „animal spirits“, wie die Engländer sagen.', 'de', ['„animal spirits“ scare']],
  ]);
});

describe('a German verb of saying with a reflexive or a preposition of topic speaks of a matter, not words', () => {
  check([
    ['„Nie“, spricht Radek.', 'de', ['„Nie“ quotation radek']],
    // Negative: es fragt sich, ob …; sprach von der „…“.
    ['Es fragt sich, ob die „Reform“ kommt.', 'de', ['„Reform“ scare']],
    ['Er spricht von der „Reform“ nur leise.', 'de', ['„Reform“ scare']],
  ]);
});
