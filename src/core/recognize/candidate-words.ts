/**
 * Word lists for candidate names: capitalised words that are not names
 * (function words, pronouns, sentence adverbs, months, weekdays), titles
 * that join the name after them, and the particles inside names.
 */

export const NOT_NAMES = new Set(
  (
    'The A An And Or But Nor If It Its In On At To Of For From By With As Into Onto Upon Over Under After Before During Since ' +
    'Until Among Against Despite Through Without Within About Above Below Between Beyond Toward Towards Is Are Was Were Be ' +
    'Been Has Have Had Do Does Did Can Could May Might Must Shall Should Will Would This That These Those There Here Then Now ' +
    'Today Yesterday Tomorrow He She We They I You Me Him Her Us Them My Your His Our Their What Who Whom Whose When Where Why ' +
    'How Which Whoever Whatever Let Only Even Thus So Yet Not No Yes Also Still Just Perhaps However Moreover Meanwhile ' +
    'Nevertheless Finally Alas Oh Ah Well Some Many All Each Every Both Neither Either Any None Others Other Such Same Very ' +
    'Much More Most Few Several One Two Three First Second Third Last Next New Old Great Good Chapter Part Book Section Volume ' +
    'Page Note Notes Appendix Introduction Preface Endnotes January February March April June July August September October ' +
    'November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday God Lord Christ Mr Mrs Ms Dr Le La Les Der Die ' +
    'Das Den Dem Des El Los Las Il Lo Gli Une Un Ein Eine Government State Party Committee Revolution Opposition Court Church ' +
    'Army Republic Union Soviet Soviets Communist Communists Socialist Socialists Bolshevik Bolsheviks Menshevik Mensheviks ' +
    'Trotskyist Trotskyists Stalinist Stalinists Fascist Fascists ' +
    // Forms of address ("His Imperial Majesty", "Her Britannic Majesty", "His Excellency"): a title, no one's name.
    'Majesty Majesties Highness Excellency Excellencies Holiness Eminence Lordship Ladyship'
  ).split(' '),
);

/** Titles and honorifics: part of the candidate, never a name alone. */
export const TITLES = new Set(
  (
    'Dr Mr Mrs Ms Mme Mlle M MM Messrs Comrade Comrades General Gen Colonel Col Captain Capt Lieutenant Lt Major Maj Sergeant ' +
    'Sgt Marshal Admiral Commissar Professor Prof Judge Justice Prosecutor Citizen Prince Princess Count Countess Baron ' +
    'Baroness Duke Duchess King Queen Tsar Tsarina Czar Emperor Empress Lord Lady Sir Dame Saint St Father Bishop Archbishop ' +
    'Cardinal Pope Rabbi President Premier Chancellor Senator Governor Herr Frau Fräulein Monsieur Madame Mademoiselle Signor ' +
    'Señor Don Doña Graf'
  ).split(' '),
);

/** Lower-case particles inside a name: Charles de Gaulle, Ludwig van Beethoven. */
export const PARTICLES = new Set('de du des da di del della van von der den ten ter le la y bin ibn al'.split(' '));
