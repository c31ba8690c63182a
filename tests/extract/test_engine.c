/* test_engine.c — how the rule engine fills slots and reads cues, one behaviour per
 * row: a sentence, the rule, and the claims it must give ("subject attribute value",
 * then the polarity and modality when they are not plain assertions). An office's
 * claims, and any claim of an undated document (published NULL) that has a time, show it
 * as "@time". */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <cmocka.h>
#include <string.h>

#include "../support/fixture.h"
#include "extract/claim.h"

typedef struct {
  const char *behaviour;
  const char *published;
  const char *text;
  const char *rule;
  const char *claims;    /* sorted lines, "" for none */
} EngineCase;

static const EngineCase cases[] = {
  {"the nearest date in the clause", "2015-05-11",
   "In September 2011, the two countries signed a memorandum of understanding on defense cooperation, which was "
   "renewed in 2016.",
   "instrument-signed", "instrument/mou+domain/defense date 2011-09"},
  {"a bracketed date belongs to the bracket", "2015-05-11",
   "In 2003, the two countries signed a Counternarcotics Letter of Agreement (amended in 2006).", "instrument-signed",
   "instrument/letter-of-agreement+domain/counternarcotics date 2003"},
  {"a date before another noun is that noun's", "2016",
   "The framework is commensurate with the Comprehensive Partnership, especially by upgrading the 2011 MOU.",
   "partnership-established", ""},
  {"a preferred side wins over distance", "2015-05-11",
   "In 2000, William Cohen paid a visit to Vietnam, marking the first visit of a United States Secretary of Defense to "
   "Vietnam.",
   "first-time", "office/secretary-of-defense@country/us+action/visit+country/vietnam date 2000"},
  {"an underspecified month takes the paragraph's year", "2015-05-11",
   "In April 2009, Vietnam sent a delegation. In December, Vietnamese Defense Minister Phung Quang Thanh visited the "
   "United States.",
   "office-holder", "office/defense-minister@country/vietnam holder phung-quang-thanh @2009-12"},
  {"an anaphoric first takes the paragraph's date", "2015-05-11",
   "In November 2003, a US destroyer visited Ho Chi Minh City. It was the first time that United States warships "
   "visited Vietnam since the war.",
   "first-time", "vessel/warship@country/us+action/visit+country/vietnam date 2003-11"},
  {"a first with no date in its paragraph is as of publication", "2015-06-05",
   "He became the first U.S. secretary of defense to visit a Vietnamese military base.", "first-time",
   "office/secretary-of-defense@country/us+action/visit+place/military-base@country/vietnam date 2015-06-05"},
  {"an enumeration is not a first", "2015-05-11",
   "First, both the United States and Vietnam want to maintain positive relations with China.", "first-time", ""},
  {"refused to, always: negated and always", "2015-05-11",
   "The United States has always refused to lift its arms export ban on Vietnam.", "restriction-status",
   "restriction/embargo+goods/arms status action/lift negated always"},
  {"will: a plan", "2014-08-14", "Hope US will lift the embargo soon.", "restriction-status",
   "restriction/embargo status action/lift plan"},
  {"announced that it would: a decision, asserted", "2015-05-11",
   "On October 2, 2014, the United States officially announced that it would partly lift its arms export ban on "
   "Vietnam.",
   "restriction-lifted", "restriction/embargo+goods/arms+status/partly-lifted date 2014-10-02"},
  {"a dated step is not a status", "2021-07", "In 2016, the US completely lifted the arms embargo against Vietnam.",
   "restriction-status", ""},
  {"at present dates no event", "2015-05-11",
   "At present, the United States has partly lifted its arms export ban on Vietnam.", "restriction-lifted", ""},
  {"defining it as: hedged", "2021-07",
   "In 2010, a Pentagon review came out, defining the Vietnam-US relationship as a comprehensive partnership.",
   "partnership-established", "relationship/comprehensive-partnership date 2010 hedged"},
  {"a modifier qualifies the head after it", "2021-07", "In 2018, the US aircraft carrier Carl Vinson visited Da Nang.",
   "ship-visit", "event/port-visit+place/da-nang vessel_type vessel/aircraft-carrier"},
  {"a class of place is no visit", "2016", "US Navy ships have been visiting Vietnamese ports since 2003.",
   "ship-visit", ""},
  {"a ship named after a person is no person", "2015-05-11",
   "Senator John McCain spoke. In August 2010, the guided missile destroyer John McCain visited Danang.",
   "office-holder", "office/senator holder john-mccain @2015-05-11"},
  {"the month May is no modal", "2015-05-11",
   "In May 2002, Indian Minister of Foreign Affairs Gastes Zege said the talks had been productive.", "office-holder",
   "office/foreign-minister@country/india holder gastes-zege @2002-05"},
  {"a month's name before a later number is read once (it crashed: double free)", "2015-05-11",
   "In May 2014 there were five cars.", "instrument-count", ""},
  {"the modal may is", "2015-05-11",
   "The two countries may sign a memorandum of understanding on defense cooperation in May 2016.", "instrument-signed",
   "instrument/mou+domain/defense date 2016-05 possible"},
  {"a name may end in a function word", "2015-05-11",
   "On May 21, 2014, Trinh Tien An, the Vietnamese President, held talks with visiting officials.", "office-holder",
   "office/president@country/vietnam holder trinh-tien-an @2014-05-21"},
  {"a name may end in a function word, after its title too", "2015-05-11",
   "In May 2014, Vietnamese President Trinh Tien An addressed a security conference in Vientiane.", "office-holder",
   "office/president@country/vietnam holder trinh-tien-an @2014-05"},
  {"a title-case heading is no name", "2015-05-11", "Carter Meets An Official, the US Defense Secretary said.",
   "office-holder", ""},
  {"a stated count announces its list", "2015-05-11",
   "It covers three areas of cooperation: maritime security, peacekeeping and training.", "enumeration-count",
   "list/enumeration items {area/maritime-security, area/peacekeeping, area/training}"},
  {"a count no list can have announces none (it overflowed)", "2015-05-11",
   "It covers 5000000000 areas of cooperation: maritime security, peacekeeping and training.", "enumeration-count", ""},
  {"a count that is not whole announces none", "2015-05-11",
   "It covers 2.5 areas of cooperation: maritime security, peacekeeping and training.", "enumeration-count", ""},
  {"a bounded count announces none", "2015-05-11",
   "It covers more than two areas of cooperation: maritime security, peacekeeping and training.", "enumeration-count",
   ""},
  {"a surname the document introduced", "2015-06-05",
   "U.S. Defense Secretary Ashton Carter arrived. In June 2015, Carter and his counterpart met.", "office-holder",
   "office/secretary-of-defense@country/us holder ashton-carter @2015-06-05"},
  {"frames: a passive predicate is about its subject", "2020", "The ferry Selkirk Rose was laid down at Leith in 1954.",
   "event-date", "entity/selkirk-rose+event/laying-down date 1954"},
  {"frames: a bracketed 'born' is about the name before the bracket", "2020",
   "Maria Ostrova (born 4 May 1921) was a Latvian chemist.", "event-date",
   "entity/maria-ostrova+event/birth date 1921-05-04"},
  {"frames: a lifespan after a name is a birth and a death", "2020",
   "---\ntitle: Tomas Rehak\n---\nTomas Rehak, also written Tomáš Rehák, (2 June 1901 – 14 March 1966) was a Czech "
   "engraver.",
   "event-date", "entity/tomas-rehak+event/birth date 1901-06-02\nentity/tomas-rehak+event/death date 1966-03-14"},
  {"frames: a pronoun is the topic", "2020",
   "---\ntitle: Maria Ostrova\n---\nMaria Ostrova was a chemist. She died in Riga on 9 October 1988.", "event-date",
   "entity/maria-ostrova+event/death date 1988-10-09"},
  {"frames: a description in the topic's words is the topic", "2021",
   "---\ntitle: Calder Narrows Bridge\n---\nThe Calder Narrows Bridge carries six lanes. The bridge was opened to "
   "traffic on 12 June 2021.",
   "event-date", "entity/calder-narrows-bridge+event/opening date 2021-06-12"},
  {"frames: a description with other words is another thing", "2021",
   "---\ntitle: Calder Narrows Bridge\n---\nThe Calder Narrows Bridge carries six lanes. The old bridge was opened to "
   "traffic in 1931.",
   "event-date", "entity/calder-narrows-bridge/old-bridge+event/opening date 1931"},
  {"frames: a description is of its document's topic; a name is not", "2021",
   "---\ntitle: Orrin Creek Bridge\n---\nThe Orrin Creek Bridge carries two lanes. The guest book was signed in "
   "2004 by Ada Fenn. Tidewater Foundation Company was founded in 1950.",
   "event-date",
   "entity/orrin-creek-bridge/guest-book+action/sign date 2004\n"
   "entity/tidewater-foundation-company+event/founding date 1950"},
  {"frames: coordinated predicates share their subject", "2020",
   "Ivo Brenner was born in Graz in 1899 and died in Vienna in 1971.", "event-date",
   "entity/ivo-brenner+event/birth date 1899\nentity/ivo-brenner+event/death date 1971"},
  {"frames: a fact box line is about the topic", "2020",
   "---\ntitle: Ivo Brenner\n---\nIvo Brenner was an Austrian painter.\n\nBorn\t3 March 1899\n", "event-date",
   "entity/ivo-brenner+event/birth date 1899-03-03"},
  {"frames: a participle after a comma qualifies a noun it cannot tell", "2020",
   "The clean-up of the old base, completed in 2018, freed land.", "event-date", ""},
  {"frames: a headline names no topic", "2021",
   "---\ntitle: Bridge opens after four years\n---\nIt was completed in 2021.", "event-date", ""},
  {"frames: did not die: negated", "2020", "Ivo Brenner did not die in 1970.", "event-date",
   "entity/ivo-brenner+event/death date 1970 negated"},
  {"frames: an active predicate is about its object", "2020", "Farmers founded the Dunmore Cooperative in 1911.",
   "event-date", "entity/dunmore-cooperative+event/founding date 1911"},
  {"frames: a measure noun with 'of' is about what follows", "2020",
   "The total length of the Tallis Valley Railway was 42 km.", "measure-length",
   "entity/tallis-valley-railway+attribute/length value 42 km"},
  {"frames: a fact box label is about the topic", "2020",
   "---\ntitle: Mount Carrow\n---\nMount Carrow is a peak.\n\nElevation:\t2,310 m\n", "measure-length",
   "entity/mount-carrow+attribute/height value 2310 m"},
  {"frames: a table heading measures nothing", "2020", "Stage,\tDistance,\tWinner | 1,\t157 km,\tJo Hale",
   "measure-length", ""},
  {"frames: a distance from a place", "2020",
   "---\ntitle: Veltrup\n---\nVeltrup is a town about 30 km south of Oberwil.", "measure-length",
   "entity/veltrup+attribute/distance+entity/oberwil value ~30 km"},
  {"frames: counts of a reference article's topic, with their modifiers", "2020",
   "---\ntitle: Low Tide Hymns discography\n---\nLow Tide Hymns have released three studio albums and two live albums.",
   "count-of",
   "entity/low-tide-hymns+count/live-album count 2 album\nentity/low-tide-hymns+count/studio-album count 3 album"},
  {"frames: a fact box count", "2020",
   "---\ntitle: Low Tide Hymns discography\n---\nLow Tide Hymns is a band.\n\nLive albums\t1\n", "count-of",
   "entity/low-tide-hymns+count/live-album count 1 album"},
  {"frames: a story's count of what its topic has", "2020",
   "---\ntitle: Veltrup council approves budget\n---\nVeltrup has five councillors.", "count-of",
   "entity/veltrup+count/councillor count 5 councillor"},
  {"frames: a story's count after a verb of having, the topic a pronoun", "2020",
   "---\ntitle: Harran Viaduct reopens after repairs\n---\nThe Harran Viaduct reopened on Monday. It now carries "
   "three lanes of traffic.",
   "count-of", "entity/harran-viaduct+count/lane count 3 lane"},
  {"frames: a story's count of something its topic does not have", "2020",
   "---\ntitle: Harran Viaduct reopens after repairs\n---\nThe Harran Viaduct reopened on Monday. Engineers "
   "found 40 cracks, and the old ferry carries 12 cars.",
   "count-of", ""},
  {"frames: a count in a compound describing the topic", "2020",
   "---\ntitle: Harran Viaduct reopens after repairs\n---\nThe Harran Viaduct reopened on Monday. The four-lane "
   "viaduct replaces a 60-year-old ferry.",
   "count-of", "entity/harran-viaduct+count/lane count 4 lane"},
  {"frames: a sum a noun names, after the noun and 'of'", "2020",
   "---\ntitle: Harran Viaduct reopens after repairs\n---\nThe Harran Viaduct reopened on Monday. A state loan "
   "of $3 million paid for the ramps.",
   "sum-of", "entity/harran-viaduct+sum/state-loan value USD 3000000"},
  {"frames: no sum for a subject other than the topic, nor for a noun the lexicon lacks", "2020",
   "---\ntitle: Harran Viaduct reopens after repairs\n---\nThe Harran Viaduct reopened on Monday. The county "
   "received a $5 million grant. The $40 million viaduct is busy.",
   "sum-of", ""},
  {"frames: a share of a whole, the part the subject", "2020",
   "---\ntitle: Harran Viaduct reopens after repairs\n---\nThe Harran Viaduct reopened on Monday. State money "
   "accounted for 35 percent of the cost.",
   "share-of", "entity/harran-viaduct+share/state-aid-of-cost value 35%"},
  {"frames: a share is not the whole's value", "2020",
   "---\ntitle: Harran Viaduct reopens after repairs\n---\nThe Harran Viaduct reopened on Monday. State money "
   "accounted for 35 percent of the cost.",
   "measure-percent", ""},
  {"frames: the subject of a reduced relative, before its participle and agent", "2020",
   "---\ntitle: Rifle\n---\nThe old musket served until Kestrel rifles manufactured by Orr and Lyle entered "
   "service in 1902.",
   "event-date", "entity/kestrel-rifle+event/entry-into-service date 1902"},
  {"frames: 'started using' a thing is its entry into service", "2020",
   "---\ntitle: Rifle\n---\nThe Royal Navy started using the Kestrel rifle in 1900.", "event-date",
   "entity/kestrel-rifle+event/entry-into-service date 1900"},
  {"frames: a headline's kicker gives way to the first longer name it gives", "2021",
   "---\ntitle: \"Analysis: why the Orrin Creek Bridge cost so much\"\n---\nThe Orrin Creek Bridge opened in "
   "2004.",
   "event-date", "entity/orrin-creek-bridge+event/opening date 2004"},
  {"frames: a pronoun stands for the sentence's subject before it", "2021",
   "---\ntitle: Orrin Creek Bridge\n---\nThe Orrin Creek Bridge opened in 2004. The old ferry, which had run "
   "since it opened in 1899, closed.",
   "event-date",
   "entity/orrin-creek-bridge+event/opening date 2004\nentity/orrin-creek-bridge/old-ferry+event/opening date 1899"},
  {"frames: a pronoun before the subject is the topic's", "2021",
   "---\ntitle: Orrin Creek Bridge\n---\nSince it opened in 2004, the Orrin Creek Bridge has carried trucks.",
   "event-date", "entity/orrin-creek-bridge+event/opening date 2004"},
  {"frames: a headline's first word the text writes in lower case is no name", "2021",
   "---\ntitle: Security and trade in the Orrin valley\n---\nSecurity improved. Officials signed the guest book "
   "in 2004. Trade and security are linked.",
   "event-date", "entity/guest-book+action/sign date 2004"},
  {"frames: a process word inside a name, a dash between phrases, a date far from its predicate", "2021",
   "---\ntitle: Orrin Creek Bridge\n---\nThe Orrin Creek Bridge opened in 2004. The state hired a venture led by "
   "Orr Construction of Linden Falls, and work began in 1999. The firm that built the bridge — Orr Construction, "
   "Pike Steel and Tide Marine — lost a month in 2001.",
   "event-date", "entity/orrin-creek-bridge+event/opening date 2004"},
  {"frames: a process word inside a name is not the process", "2021",
   "---\ntitle: Orrin Creek Bridge\n---\nThe Orrin Creek Bridge opened in 2004. The state hired a venture led by "
   "Orr Construction of Linden Falls, and work began in 1999.",
   "process-start", ""},
  {"mentions: a title in apposition after a possessive", "2021",
   "---\ntitle: Orrin Creek Bridge\n---\n\"It is finished,\" said Ada Fenn, the county's project director.",
   "person-title", "person/ada-fenn title office/project-director @2021 reported"},
  {"mentions: a company's officer and a ship's master, a rank between title and name", "2023",
   "---\ntitle: New ferry Marlow Star enters service\n---\nElena Marsh, the company's chief executive, rode with "
   "the ship's master, Captain Ruth Abernathy.",
   "person-title",
   "person/elena-marsh title office/chief-executive @2023\nperson/ruth-abernathy title office/master @2023"},
  {"frames: 'The maiden crossing' opens its sentence with its article: the topic's", "2023",
   "---\ntitle: Island ferry sails at last\n---\nThe Marlow Star, a new ferry, sailed on Monday. The Marlow Star is "
   "the largest ship on the route. The maiden crossing on May 13 ended a wait.",
   "event-date", "entity/marlow-star+event/maiden-voyage date 2023-05-13"},
  {"frames: a rank among things in a scope, after a possessive", "2021",
   "---\ntitle: Orrin Creek Bridge\n---\nThe Orrin Creek Bridge opened in 2004. It is the county's second "
   "covered bridge.",
   "rank-of", "entity/orrin-creek-bridge+rank/covered-bridge-in-county rank 2"},
  {"frames: a one-word description ranked as the topic's kind is the topic", "2021",
   "---\ntitle: Orrin Creek Bridge\n---\nThe Orrin Creek Bridge opened in 2004. The crossing is the first "
   "covered bridge in the county.",
   "rank-of", "entity/orrin-creek-bridge+rank/covered-bridge-in-county rank 1"},
  {"frames: no rank with a clause after it", "2021",
   "---\ntitle: Orrin Creek Bridge\n---\nThe Orrin Creek Bridge opened in 2004. It is the first bridge in the "
   "county to carry trams. It is the first new bridge since 1931.",
   "rank-of", ""},
  {"frames: a number of years is a duration, not a count", "2020",
   "---\ntitle: Orrin Creek Bridge\n---\nThe Orrin Creek Bridge has stood for forty years. It has two lanes.",
   "count-of", "entity/orrin-creek-bridge+count/lane count 2 lane"},
  {"frames: a reference title with a place after a comma is whole", "2020",
   "---\ntitle: Orrin Hall, Easthaven\n---\nSince its foundation in 1901, the hall has housed the library.",
   "event-date", "entity/orrin-hall+event/founding date 1901"},
  {"frames: a first ascent is dated once", "2020",
   "---\ntitle: Kessel Peak\n---\nThe mountain was first climbed in 1871 by a party of four.", "event-date",
   "entity/kessel-peak+event/first-ascent date 1871"},
  {"frames: the people a storm killed are its deaths", "2020",
   "---\ntitle: Cyclone Amaru\n---\nCyclone Amaru killed 12 people on the coast.", "count-of",
   "entity/cyclone-amaru+count/death count 12 death"},
  {"frames: a distance with a compound direction, or from a place", "2020",
   "---\ntitle: Amsel\n---\nAmsel lies 12 km north-east of Brandt. Amsel is 30 km from Kolm.", "measure-length",
   "entity/amsel+attribute/distance+entity/brandt value 12 km\nentity/amsel+attribute/distance+entity/kolm value 30 "
   "km"},
  {"frames: a measure in the opening phrase is of the subject after it", "2020",
   "---\ntitle: Lake Amsel\n---\nWith an area of 40 km2, it is the largest lake in the county.", "measure-area",
   "entity/lake-amsel+attribute/area value 40 km2"},
  {"frames: no count in a compound describing something else, nor a unit", "2020",
   "---\ntitle: Harran Viaduct reopens after repairs\n---\nThe Harran Viaduct reopened on Monday. The old "
   "crossing, a two-lane ferry, closed. The 40-foot viaduct deck is new.",
   "count-of", ""},
  {"frames: an opening phrase with no comma ends at the next article", "2020",
   "---\ntitle: Typhoon Ilse\n---\nAt its peak the typhoon had sustained winds of 150 km/h.", "measure-speed",
   "entity/typhoon-ilse+attribute/speed value 150 km/h"},
  {"frames: a rank's scope is the name after 'of', and 'by' what it ranks by", "2020",
   "---\ntitle: Kelby\n---\nKelby is the second-largest town in the county of Arnshire by area.", "rank-of",
   "entity/kelby+rank/largest-settlement-in-arnshire-by-area rank 2 largest"},
  {"a measure holds at the date its sentence opens with, or that follows its value", NULL,
   "---\ntitle: Kelby\n---\nIn 2010 Kelby had 5,000 inhabitants. At the 2021 census, Kelby had 5,900 inhabitants. "
   "Kelby had 6,000 inhabitants in 2022. Kelby, founded in 1850, has 6,100 inhabitants.",
   "count-of",
   "entity/kelby+count/inhabitant count 5000 inhabitant @2010\n"
   "entity/kelby+count/inhabitant count 5900 inhabitant @2021\n"
   "entity/kelby+count/inhabitant count 6000 inhabitant @2022\n"
   "entity/kelby+count/inhabitant count 6100 inhabitant"},
  {"frames: a measure noun before a comma in prose still measures", "2020",
   "---\ntitle: Brannock wren\n---\nIt is a small wren, 11 cm in length, with a long, curved bill.", "measure-length",
   "entity/brannock+attribute/length value 11 cm"},
  {"frames: an opening date with no comma ends before the subject", "2020",
   "---\ntitle: Typhoon Ilse\n---\nIn 1998 Typhoon Ilse had sustained winds of 150 km/h.", "measure-speed",
   "entity/typhoon-ilse+attribute/speed value 150 km/h"},
  {"frames: a participle opening the sentence is about the subject after its comma", "2020",
   "---\ntitle: SS Ardenholm\n---\nLaunched in 1908, she carried emigrants to Buenos Aires.", "event-date",
   "entity/ardenholm+event/launching date 1908"},
  {"frames: a possessive pronoun before a noun predicate is the topic", "2020",
   "---\ntitle: Greyfriars College\n---\nSince its foundation in 1846, the college has occupied the old friary.",
   "event-date", "entity/greyfriars-college+event/founding date 1846"},
  {"frames: in a reference article a plain description is the topic", "2020",
   "---\ntitle: Halloway Exchange Building\n---\nCompleted in 1931, the tower was the tallest in the province.",
   "event-date", "entity/halloway-exchange-building+event/completion date 1931"},
  {"frames: once a reference article says what its topic is, only that kind names it", "2020",
   "---\ntitle: Grenby\n---\nGrenby is a small village in Yorkshire. The village was founded in 1086. "
   "The school was founded in 1902.",
   "event-date", "entity/grenby+event/founding date 1086\nentity/grenby/school+event/founding date 1902"},
  {"frames: a headline word another name ends with is not the topic; the name the story gives most is", "2023",
   "---\ntitle: Island ferry sails at last\n---\nThe Marlow Star, a new ferry, left for Tern Island on Monday. "
   "Crowds on Tern Island cheered. The Marlow Star is the largest ship on the route. She was launched in 2021.",
   "event-date", "entity/marlow-star+event/launching date 2021"},
  {"frames: a headline's word before a verb is the name the text gives at length", "2024",
   "---\ntitle: Stadium reopens after two-year rebuild\n---\nThe Holloway Park Stadium, a 32,000-seat arena, "
   "reopened on Saturday. The arena was first opened in 1926.",
   "event-date", "entity/holloway-park-stadium+event/opening date 1926"},
  {"frames: a story's topic is named by its kind and the kinds above it, not by other words", "2023",
   "---\ntitle: New ferry Marlow Star enters service\n---\nThe Marlow Star sailed on Monday. The vessel was "
   "launched in 2021. The harbour was opened in 1890.",
   "event-date", "entity/marlow-star+event/launching date 2021\nentity/marlow-star/harbour+event/opening date 1890"},
  {"frames: 'the company' is the one name the text gave that ends with that word", "2023",
   "---\ntitle: Marlow Star enters service on the island route\n---\nThe Marlow Star is a ferry of the Harrow Ferry "
   "Company. The company was "
   "founded in 1923.",
   "event-date", "entity/harrow-ferry-company+event/founding date 1923"},
  {"frames: a name's last word alone stands for the name the text gave", "2024",
   "---\ntitle: Fruit station opens archive of apple breeder\n---\nThe Tamsby Ridge Fruit Station opened an archive "
   "devoted to Ilse Brannock on Saturday. The Tamsby Ridge Fruit Station was founded in 1936. Brannock died in 1996.",
   "event-date",
   "entity/ilse-brannock+event/death date 1996\nentity/tamsby-ridge-fruit-station+event/founding date 1936"},
  {"frames: two names end with the word: 'the company' is neither", "2023",
   "---\ntitle: Marlow Star enters service on the island route\n---\nThe Marlow Star is a ferry of the Harrow Ferry "
   "Company and the Tern "
   "Shipping Company. "
   "The company was founded in 1923.",
   "event-date", "entity/marlow-star/company+event/founding date 1923"},
  {"frames: a relative clause is about the name its phrase is in apposition to", "2023",
   "---\ntitle: Marlow Star\n---\nThe Marlow Star is a ferry. She replaces the Osprey, a 1978 ferry that cost $6 "
   "million.",
   "measure-money", "entity/osprey+attribute/cost value USD 6000000"},
  {"frames: an opening participle clause is not the subject; a value may describe the thing", "2023",
   "---\ntitle: \"Marlow Star: a ferry built for winter\"\n---\nThe Marlow Star sails daily. Built by Orr Marine at "
   "Dunmere, where her keel was laid in 2021, the US$58m ship is 128 m long overall.",
   "measure-length", "entity/marlow-star+attribute/length value 128 m"},
  {"frames: 'is certified for' is a verb of having", "2023",
   "---\ntitle: New ferry Marlow Star enters service\n---\nThe Marlow Star sailed on Monday. She is certified for 450 "
   "passengers.",
   "count-of", "entity/marlow-star+count/passenger count 450 passenger"},
  {"frames: a share's part opens its clause after a colon, without its article", "2023",
   "---\ntitle: New ferry Marlow Star enters service\n---\nThe Marlow Star sailed on Monday. Financing was shared: "
   "the state covered 25% of the cost.",
   "share-of", "entity/marlow-star+share/state-of-cost value 25%"},
  {"frames: after a sentence that says what its subject is, a participle describes it", "2020",
   "---\ntitle: Low Tide Hymns\n---\nLow Tide Hymns is the second studio album by the band Marram Grass, released on "
   "4 October 1993 by Harbourlight Records.",
   "event-date", "entity/low-tide-hymns+event/release date 1993-10-04"},
  {"extractor: an ordinal is a rank, never a measure's value", "2020",
   "---\ntitle: Rissholm\n---\nWith about 61,000 inhabitants, Rissholm ranks fifth among the cities of Vastmark.",
   "measure-population", ""},
  {"frames: names with no letter a key keeps do not crash the topic's reader", "2020",
   "---\ntitle: Greek news of the week\n---\nThe Ωμέγα Δέλτα was founded in 1990. Ωμέγα Δέλτα met. Ωμέγα Δέλτα Σ "
   "met. The company was founded in 1991.",
   "event-date", "entity/company+event/founding date 1991"},
  {"frames: a name may open with a year and a direction after its article", "2020",
   "---\ntitle: 1958 Northern Counties Regatta\n---\nThe 1958 Northern Counties Regatta was contested by twelve crews.",
   "count-of", "entity/1958-northern-counties-regatta+count/crew count 12 crew"},
  {"frames: a measure that is the sentence's subject measures the topic", "2020",
   "---\ntitle: Grenby\n---\nGrenby is a village in Yorkshire. The population was 1,345 at the 2010 census.",
   "measure-population", "entity/grenby+attribute/population value 1345"},
  {"frames: a field of policy before a noun is no sum of its own", "2024",
   "---\ntitle: Vastmark\n---\nVastmark signed a $5 billion trade agreement with Orland. "
   "Vastmark posted a $2 billion trade deficit.",
   "sum-of", "entity/vastmark+sum/trade-agreement value USD 5000000000"},
  {"frames: a verb of composition lists every part of the topic", "2020",
   "---\ntitle: Lindholm\n---\nLindholm comprises the villages of Aske, Brenn and Dalvik.", "members-of",
   "entity/lindholm+count/village members {text:aske, text:brenn, text:dalvik}"},
  {"frames: 'includes' lists only some of the parts", "2020",
   "---\ntitle: Lindholm\n---\nLindholm includes the villages of Aske, Brenn and Dalvik.", "members-of", ""},
  {"frames: a group's members, counted or named between dashes", "2020",
   "---\ntitle: Harran Viaduct\n---\nThe state hired a consortium of two firms. The consortium that built "
   "the Harran Viaduct \xe2\x80\x94 Orme Steel, Pike & Marrow and Lisle Concrete \xe2\x80\x94 finished early.",
   "count-of", "entity/harran-viaduct/consortium+count/member count 2 firm"},
  {"frames: the named members of a group", "2020",
   "---\ntitle: Harran Viaduct\n---\nThe consortium that built the Harran Viaduct \xe2\x80\x94 Orme Steel, "
   "Pike & Marrow and Lisle Concrete \xe2\x80\x94 finished early.",
   "members-of",
   "entity/harran-viaduct/consortium+count/member members {text:lisle concrete, text:orme steel, text:pike marrow}"},
  {"frames: a middle initial is part of the name", "2020",
   "---\ntitle: Riverside Library\n---\nAlexander J. Moreno was born in 1963.", "event-date",
   "entity/alexander-j-moreno+event/birth date 1963"},
  {"frames: a description ends before a verb an article or a value follows", "2020",
   "---\ntitle: Arden Works\n---\nFounded in 1901, the firm became a major maker of boilers.", "event-date",
   "entity/arden-works+event/founding date 1901"},
  {"a value right before its trigger is its own", "2020",
   "---\ntitle: MV Linnet\n---\nMV Linnet is 96 metres long and 18 metres wide.", "measure-length",
   "entity/linnet+attribute/length value 96 m"},
  {"frames: a pronoun opening a coordinated clause is the topic's", "2020",
   "---\ntitle: Linnet sails\n---\nThe Linnet sailed on Monday. She is 96 metres long, and she carries 400 passengers. "
   "She replaces the Osprey, which carried 350 passengers.",
   "count-of", "entity/linnet+count/passenger count 400 passenger"},
  {"frames: a count over a span of time is a flow, not what the topic has", "2020",
   "---\ntitle: Linnet\n---\nIn her first month, the Linnet carried 31,000 passengers.", "count-of", ""},
  {"frames: an object the reader cannot delimit is not the subject", "2020",
   "The two countries established diplomatic relations in 1995.", "event-date", ""},
  {"refuted: 'wrongly' before the predicate", "2020", "Some accounts wrongly say that Ivo Brenner died in 1970.",
   "event-date", "entity/ivo-brenner+event/death date 1970 negated"},
  {"refuted: 'which is false' after the value", "2020",
   "Critics claimed that Ivo Brenner died in 1970, which is false.", "event-date",
   "entity/ivo-brenner+event/death date 1970 negated reported"},
  {"a date after 'since' is no anchor for the next sentence's month", "2020-06-01",
   "---\ntitle: Ivo Brenner\n---\nIvo Brenner had lived in Graz since 1990. He died there in March.", "event-date",
   "entity/ivo-brenner+event/death date 2020-03"},
  {"frames: a one-letter misspelling of the topic's name is the topic", "2020",
   "---\ntitle: Lyle Brannock\n---\nLyle Branock stood 6 feet 7 inches tall.", "measure-length",
   "entity/lyle-brannock+attribute/height value 79 in"},
  {"frames: a name two letters off is someone else", "2020",
   "---\ntitle: Lyle Brannock\n---\nLyle Bramnick stood 6 feet 7 inches tall.", "measure-length",
   "entity/lyle-bramnick+attribute/height value 79 in"},
  {"frames: a headline's place and kind name the thing the text names", "2021",
   "---\ntitle: Calder River bridge opens after delay\n---\nThe Calder Narrows Bridge spans the river. The bridge cost "
   "$412 million.",
   "measure-money", "entity/calder-narrows-bridge+attribute/cost value USD 412000000"},
  {"frames: a measure's subject ends before the measure", "2021",
   "---\ntitle: Harran Viaduct\n---\nThe viaduct cost $41 million.", "measure-money",
   "entity/harran-viaduct+attribute/cost value USD 41000000"},
  {"frames: a participle set off after the sentence's first phrase is about it", "2021",
   "The construction contract, signed in March 2017, went to a joint venture.", "event-date",
   "entity/construction-contract+action/sign date 2017-03"},
  {"frames: the signing of what was signed", "2021", "The state signed the construction contract in August 2016.",
   "event-date", "entity/construction-contract+action/sign date 2016-08"},
  {"frames: a title that names nothing gives way to the text's first name", "2021",
   "---\ntitle: The bridge the river built\n---\nWhen the Calder Narrows Bridge opened, crowds came. It cost $412 "
   "million.",
   "measure-money", "entity/calder-narrows-bridge+attribute/cost value USD 412000000"},
  {"'due to open': a plan", "2021", "The Harran Viaduct was due to open in December 1960.", "event-date",
   "entity/harran-viaduct+event/opening date 1960-12 plan"},
  {"'can carry' states a capacity, no possibility; a ship's civil prefix is no part of her name", "2021",
   "---\ntitle: MS Storlinge\n---\nMS Storlinge is a ferry built in 2009. She can carry 1,200 passengers.",
   "count-of", "entity/storlinge+count/passenger count 1200 passenger"},
  {"'could' before another verb is still a possibility", "2021", "The Harran Viaduct could open in December 1960.",
   "event-date", "entity/harran-viaduct+event/opening date 1960-12 possible"},
  {"frames: a count's bound is not what it counts", "2021",
   "---\ntitle: Rissholm\n---\nRissholm has about 61,000 inhabitants.", "count-of",
   "entity/rissholm+count/inhabitant count ~61000 inhabitant"},
  {"frames: an album's release has one date", "2021",
   "---\ntitle: Low Tide Hymns\n---\nLow Tide Hymns was released on 3 May 1999.", "event-date",
   "entity/low-tide-hymns+event/release date 1999-05-03"},
  {"frames: 'was built' completes a building; an indefinite object says nothing", "2021",
   "The Corran Lighthouse was built in 1872. The board released a statement in 1873.", "event-date",
   "entity/corran-lighthouse+event/completion date 1872"},
  {"frames: 'she' in an article on a thing is the person it names most by surname", "2021",
   "---\ntitle: Kelby Fruit Station\n---\nThe Kelby Fruit Station was founded by Mara Tollund. Tollund ran it "
   "until 1960, and Tollund's notes fill its archive. She died in 1996.",
   "event-date", "entity/mara-tollund+event/death date 1996"},
  {"frames: a share its owner's possessive opens is the owner's; a synonym names the whole", "2021",
   "---\ntitle: Mara Tollund\n---\nMara Tollund bred apples. Her varieties make up about 30% of the state's "
   "apple harvest.",
   "share-of", "entity/mara-tollund+share/of-state-apple-crop value ~30%"},
  {"frames: what a person did, counted with its verb; over a career, not a window", "2021",
   "Archive honours apple breeder Mara Tollund\n\nMara Tollund died in 1994. In all, Tollund bred 23 apple varieties. "
   "By 1960 she had released 14 varieties. In a working "
   "life of three decades she supervised a dozen doctoral students.",
   "count-of",
   "entity/mara-tollund+count/bred-apple-variety count 23 variety\n"
   "entity/mara-tollund+count/supervised-doctoral-student count 12 student"},
  {"frames: each noun of a coordinated kind names the topic", "2021",
   "---\ntitle: Aldby Marsh\n---\nAldby Marsh is a market town and civil parish in Kent. In 2011 the town had a "
   "population of 9,120.",
   "measure-population", "entity/aldby-marsh+attribute/population value 9120"},
  {"frames: a title's name may hold a possessive, and stands for 'it' unrepeated", "2021",
   "---\ntitle: St Oswin's Chapel, Harle\n---\nThe builders used local stone. It was consecrated in 1712.",
   "event-date", "entity/st-oswins-chapel+event/consecration date 1712"},
  {"frames: a club's name with and without 'F.C.' or 'Football Club' is one key", "2021",
   "---\ntitle: Harle Rovers F.C.\n---\nHarle Rovers Football Club was founded in 1902.", "event-date",
   "entity/harle-rovers+event/founding date 1902"},
  {"frames: a headline's name does not run on into the text's first word", "2021",
   "Mara Tollund\n\nTollund bred apples. She died in 1994.", "event-date", "entity/mara-tollund+event/death date 1994"},
  {"frames: a table row whose second cell is a value is a label and its value, about the topic", "2021",
   "---\ntitle: Orrin Creek Bridge\n---\nThe Orrin Creek Bridge opened in 2004.\n\n| Figure | |\n| --- | --- |\n"
   "| Main span | 520 m |\n| Height | Span |\n| Opened | The bridge opened in 2004. |\n",
   "measure-length", "entity/orrin-creek-bridge+attribute/main-span value 520 m"},
  {"frames: a measure after its own value and a possessive is the possessive's", "2021",
   "---\ntitle: Orrin Creek Bridge\n---\nThe Orrin Creek Bridge opened in 2004. Its 520 m (1,706 ft) main span hangs "
   "from 80 cables. A 600 m main span was dropped from the plans.",
   "measure-length", "entity/orrin-creek-bridge+attribute/main-span value 520 m"},
  {"frames: a height a verb states of the topic's part, however the part is counted or owned", "2021",
   "Orrin Creek Bridge opens\n\nThe Orrin Creek Bridge opened in 2004. Its two steel towers climb 410 feet above the "
   "creek. The new bridge's pair of steel pylons soars 411 feet above the water.",
   "measure-rise",
   "entity/orrin-creek-bridge/pylon+attribute/height value 410 ft\n"
   "entity/orrin-creek-bridge/pylon+attribute/height value 411 ft"},
  {"frames: a part's height after a relative pronoun and 'each'", "2021",
   "Orrin Creek Bridge opens\n\nThe Orrin Creek Bridge opened in 2004. The deck hangs between two towers that each "
   "stand some 125 metres tall.",
   "measure-length", "entity/orrin-creek-bridge/pylon+attribute/height value ~125 m"},
  {"frames: the part of another name is not the topic's", "2021",
   "Orrin Creek Bridge opens\n\nThe Orrin Creek Bridge opened in 2004. The Harran Viaduct's towers rise 80 metres "
   "above the valley. Its towers rise 90 metres above the creek, and the river can rise by 4 m.",
   "measure-rise",
   "entity/harran-viaducts-tower+attribute/height value 80 m\n"
   "entity/orrin-creek-bridge/pylon+attribute/height value 90 m"},
  {"frames: a subject past its amount, or past a relative clause, is a thing of the topic's world", "2021",
   "Harran Viaduct reopens\n\nThe Harran Viaduct reopened in 2012. A $4 million state loan was secured in 2009. "
   "The federal grant that paid for the lamps was secured in 2010.",
   "event-date",
   "entity/harran-viaduct+event/opening date 2012\n"
   "entity/harran-viaduct/federal-grant+event/securing date 2010\n"
   "entity/harran-viaduct/state-loan+event/securing date 2009"},
  {"frames: past an amount, the topic's name is the topic and a kind of thing is left alone", "2021",
   "Harran Viaduct reopens\n\nThe Harran Viaduct reopened in 2012. The $4 million viaduct was completed in 1990. "
   "A 96-metre ferry was launched in 1988.",
   "event-date",
   "entity/harran-viaduct+event/completion date 1990\n"
   "entity/harran-viaduct+event/opening date 2012"},
  {"frames: a bare superlative after 'the' ranks first; the topic's kind keys as its broadest", "2021",
   "---\ntitle: Pellham\n---\nPellham is a market town. Pellham is the largest town in Ostrey.", "rank-of",
   "entity/pellham+rank/largest-settlement-in-ostrey rank 1 largest"},
  {"frames: the largest city a person lives in is no rank of the person", "2021",
   "---\ntitle: Tom Reed\n---\nTom Reed lives in the largest city in the region. Tom Reed is a baker. It is the "
   "best of them.",
   "rank-of", ""},
  {"frames: a ship is 'she', not the story's lead person; an owner before the scope is left out", "2021",
   "---\ntitle: New cargo ship Marigold Star\n---\nThe Marigold Star, a new cargo ship, was launched by Elena "
   "Brook on Monday. Brook named the ship. Brook is the owner. She is the third-largest vessel in the Norland Line "
   "fleet.",
   "rank-of", "entity/marigold-star+rank/largest-vessel-in-fleet rank 3 largest"},
  {"frames: 'she' in a person's story stays the person", "2021",
   "---\ntitle: Ada Brisk\n---\nAda Brisk is a sailor. Brisk won in 2020. She is the fastest sailor in the club.",
   "rank-of", "entity/ada-brisk+rank/fastest-sailor-in-club rank 1 fastest"},
  {"frames: 'ship' in a ferry's story ranks among vessels, and a possessive owner is no scope", "2021",
   "---\ntitle: New ferry Marigold Star\n---\nThe Marigold Star, a new ferry, sailed on Monday. The Marigold Star "
   "is the largest ship in the company's fleet. Holm Tower is the tallest building in the town.",
   "rank-of",
   "entity/holm-tower+rank/tallest-building-in-town rank 1 tallest\n"
   "entity/marigold-star+rank/largest-vessel-in-fleet rank 1 largest"},
  {"frames: a verb's places counted after a relative 'that' are its subject's", "2021",
   "---\ntitle: New ferry Marigold Star\n---\nThe Marigold Star, a new ferry, sailed on Monday. She carries 400 "
   "passengers on a line that stops at five harbours.",
   "count-of",
   "entity/marigold-star+count/passenger count 400 passenger\n"
   "entity/marigold-star/line+count/stops-harbour count 5 harbour"},
  {"frames: a verb's places named, sharing their last word, are its subject's", "2021",
   "---\ntitle: New ferry Marigold Star\n---\nThe Marigold Star, a new ferry, sailed on Monday. The line stops at "
   "Aske Harbour, Brenn Harbour and Dalvik Harbour, and the first train, from Aske to Dalvik, is timed at 40 "
   "minutes.",
   "members-of",
   "entity/marigold-star/line+count/stops-harbour members {text:aske harbour, text:brenn harbour, text:dalvik "
   "harbour}"},
  {"frames: places that share no last word, or a subject that is a name, give no list", "2021",
   "---\ntitle: New ferry Marigold Star\n---\nThe Marigold Star, a new ferry, sailed on Monday. The line stops at "
   "Aske, Brenn Harbour and Dalvik. Tom Reed stops at Aske Harbour, Brenn Harbour and Dalvik Harbour.",
   "members-of", ""},
};

static int
compare_lines (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

static char *
summarise (const ContraClaimSet *set, const char *rule, gboolean undated)
{
  g_autoptr (GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < set->claims->len; i++)
    {
      const ContraClaim *c = g_ptr_array_index (set->claims, i);
      if (!g_str_equal (c->rule, rule))
        continue;
      GString *line = g_string_new (NULL);
      g_autofree char *summary = contra_claim_summary (c);
      g_string_append (line, summary);
      if (c->kind == CONTRA_RULE_OFFICE || (undated && contra_date_is_set (&c->time)))
        {
          g_autofree char *time = contra_date_format (&c->time);
          g_string_append_printf (line, " @%s", time);
        }
      if (c->polarity != CONTRA_POLARITY_ASSERTED)
        g_string_append_printf (line, " %s", contra_polarity_name (c->polarity));
      if (c->modality != CONTRA_MODALITY_ASSERTED)
        g_string_append_printf (line, " %s", contra_modality_name (c->modality));
      if (c->always)
        g_string_append (line, " always");
      g_ptr_array_add (lines, g_string_free (line, FALSE));
    }
  g_ptr_array_sort (lines, compare_lines);
  g_ptr_array_add (lines, NULL);
  return g_strjoinv ("\n", (char **) lines->pdata);
}

static void
test_case (void **state)
{
  const EngineCase *c = *state;
  FixtureDocument documents[] = {{"t", c->published, c->text, FALSE}, {NULL, NULL, NULL, FALSE}};
  g_autoptr (ContraClaimSet) set = fixture_claims (documents);
  g_autofree char *got = summarise (set, c->rule, c->published == NULL);

  if (!g_str_equal (got, c->claims))
    fail_msg ("%s\n  text:     %s\n  expected: %s\n  got:      %s", c->behaviour, c->text, c->claims, got);
}

int
main (void)
{
  struct CMUnitTest tests[G_N_ELEMENTS (cases)];

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    tests[i] = (struct CMUnitTest){cases[i].behaviour, test_case, NULL, NULL, (void *) &cases[i]};
  return cmocka_run_group_tests_name ("engine", tests, NULL, NULL);
}
