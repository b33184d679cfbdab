/**
 * Word lists for reading people's names (data only; people.ts and person-roles.ts use them):
 * the qualifiers written before a role, and the capitalised words that are never part of a name.
 */

// Qualifiers that may precede a role besides countries and acronyms: "former", "Pentagon", "Army".
export const QUALIFIER_WORDS: ReadonlySet<string> = new Set(
  (
    'former Former top Top Pentagon White House Army Navy Air Force Marine Marines Corps Space ' +
    'Coast Guard National Security Council European Commission Union Alliance Allied Defense ' +
    'Defence Foreign State Department Ministry Kremlin Communist Party Joint Chiefs Military ' +
    'Republican Democratic Democrat Labour Conservative Parliament Press Cabinet'
  ).split(' '),
);
// Time markers a role sheds: an outgoing Secretary General is still the Secretary General.
export const DROPPED_QUALIFIERS: ReadonlySet<string> = new Set([
  'Outgoing',
  'outgoing',
  'Incoming',
  'incoming',
  'then',
]);

// Capitalised words that are never part of a person's name.
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  // organisations, places and things that follow titles ("General Assembly", "US Chamber")
  (
    'Chamber Command Forum Summit Council Department Ministry Agency Office Alliance ' +
    'Organization Organisation Committee Commission Group Institute Center Centre University ' +
    'College School Force Forces Army Navy Air Corps Guard Parliament Congress Senate House ' +
    'Treaty Pact Declaration Agreement Initiative Conference Meeting Talks Dialogue Partnership ' +
    'Program Programme Project Fund Bank Union News Post Times Journal Association Industry ' +
    'Industries Company Corporation Inc Ltd Foundation Party Administration Government Cabinet ' +
    'Staff Assembly Dynamics Electric Motors Atomics Transformation Headquarters Operations ' +
    'Affairs Security Defense Defence Service Services Region State States Republic Kingdom ' +
    'Islands Sea Ocean Strait Peninsula Base Airport Station Street Road Avenue Square Palace ' +
    'Hall Building Bridge Award Prize Day Week Year Act Bill Law Strategy Doctrine Plan Policy ' +
    'Review Report Mission Operation Exercise Task Fleet Squadron Brigade Division Battalion ' +
    'Regiment Wing Cyber Space Digital Intelligence National International Global Joint Allied ' +
    'Atlantic Pacific Europe European Asia Asian Africa African Middle East West North South ' +
    'Central Northern Southern Eastern Western League Officer Officers Team Council Board Media ' +
    'Network Systems Technologies Aerospace Group Studies Research Affairs Relations Trade ' +
    'Economic Energy Health Justice Treasury Commerce Homeland Interior Finance Foreign Public ' +
    // calendar words
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April ' +
    'June July August September October November December Today Tomorrow Yesterday ' +
    // words that open sentences and headings
    'The This That These Those It He She They We I You His Her Its Their Our My Your A An And ' +
    'Or But Nor In On At To From Of For With By As After Before During While When If Then Than ' +
    'Meanwhile However Also Earlier Later Now Still Yet Even Only Both Each Every All Some Many ' +
    'Most More Much Such Why How What Who Where Which Whom Whose Will Would Could Should Can ' +
    'Might Must Has Have Had Is Are Was Were Be Been Being Do Does Did Not No Yes So Thus ' +
    'Here There Instead Indeed Perhaps Although Though Because Since Until Unless Whether Amid ' +
    'Against Between Among About Over Under Into Onto Upon Via Per Like Including Despite ' +
    'Without Within Across Around Through Toward Towards Following According Asked Speaking ' +
    'Addressing Writing Says Said Told Added Noted Stated Explained Emphasized Emphasised ' +
    'Stressed Warned Announced Mentioned Highlighted Underlined Pointed Sources Officials ' +
    'Leaders Allies Partners Members Observers Critics Analysts Experts Reporters Mr Mrs Ms Dr ' +
    'Sir Dame Lord Lady King Queen Prince Princess His Majesty Highness Excellency'
  ).split(' '),
);
