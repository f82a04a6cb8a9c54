//! The invented texts: diplomatic statements with the phrases a reader would mark, and
//! ordinary news where nothing should be marked.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::accounts::Accounts;
use crate::articles::{Article, Mark, articles};
use crate::{CATEGORIES, Hits, Tally, category_of, context, data};

/// The tag of a category's name (`??` for a name the batches do not mark).
fn tag_of(category: &str) -> &'static str {
    CATEGORIES.iter().find(|(name, _)| *name == category).map_or("??", |(_, tag)| tag)
}

/// The category name of a tag (the tag itself when no category has it).
fn name_of(tag: &str) -> &str {
    category_of(tag).unwrap_or(tag)
}

/// The marked batches of invented diplomatic statements, in the order written: name, file, and
/// what the batch is to the lexicon (tuned on it, or written before a round and measured first).
const MARKED: [(&str, &str, &str); 270] = [
    ("diplomatic", "diplomatic.txt", "Invented diplomatic statements"),
    ("heldout", "heldout.txt", "Second batch of invented statements (its misses were then turned into rules)"),
    ("unseen", "unseen.txt", "Unseen batch (written after the first round; its misses studied in the second)"),
    ("unseen2", "unseen2.txt", "Second unseen batch (written before the second round; its misses studied in it)"),
    ("unseen3", "unseen3.txt", "Third unseen batch (written before the third round, frozen; studied in it)"),
    ("unseen4", "unseen4.txt", "Fourth unseen batch (written before the fourth round, frozen; studied in it)"),
    ("unseen5", "unseen5.txt", "Fifth unseen batch (written before the fifth round, frozen; studied in it)"),
    ("unseen6", "unseen6.txt", "Sixth unseen batch (written with the fifth, frozen; studied in the fifth round)"),
    (
        "unseen7",
        "unseen7.txt",
        "Seventh unseen batch (written with the fifth, frozen; held out of it, studied in the sixth)",
    ),
    ("unseen8", "unseen8.txt", "Eighth unseen batch (written after the fifth round, frozen; studied in the seventh)"),
    ("unseen9", "unseen9.txt", "Ninth unseen batch (written after the sixth round, frozen; held out of the seventh)"),
    (
        "unseen10",
        "unseen10.txt",
        "Tenth unseen batch (written after the seventh round, frozen; held out of the eighth)",
    ),
    (
        "unseen11",
        "unseen11.txt",
        "Eleventh unseen batch (written after the seventh round, frozen; held out of the eighth, studied in the ninth)",
    ),
    ("unseen12", "unseen12.txt", "Twelfth unseen batch (written after the eighth round, frozen; studied in the ninth)"),
    (
        "unseen13",
        "unseen13.txt",
        "Thirteenth unseen batch (written during the ninth round, frozen; measured once, then studied in it)",
    ),
    (
        "unseen14",
        "unseen14.txt",
        "Fourteenth unseen batch (written during the ninth round, frozen; held out of it, studied in the tenth)",
    ),
    (
        "unseen15",
        "unseen15.txt",
        "Fifteenth unseen batch (written during the ninth round, frozen; held out of it, studied in the tenth)",
    ),
    (
        "unseen16",
        "unseen16.txt",
        "Sixteenth unseen batch (written with its speakers during issue 10's tenth round, frozen; held out of it and of the tenth red-line round, studied in the eleventh)",
    ),
    (
        "unseen17",
        "unseen17.txt",
        "Seventeenth unseen batch (written with its speakers during issue 10's eleventh round, frozen; held out of it and of the tenth red-line round, studied in the eleventh)",
    ),
    (
        "unseen18",
        "unseen18.txt",
        "Eighteenth unseen batch (written with its speakers during the eleventh red-line round, frozen; held out of it)",
    ),
    (
        "unseen19",
        "unseen19.txt",
        "Nineteenth unseen batch (written with its speakers during the eleventh red-line round, frozen; held out of it)",
    ),
    (
        "unseen20",
        "unseen20.txt",
        "Twentieth unseen batch (real countries, invented events; written with its speakers at the start of the twelfth red-line round, frozen; measured once, then studied)",
    ),
    (
        "unseen21",
        "unseen21.txt",
        "Twenty-first unseen batch (real countries, invented events; written with its speakers at the start of the twelfth red-line round, frozen; measured once, then studied)",
    ),
    (
        "unseen22",
        "unseen22.txt",
        "Twenty-second unseen batch (real countries, invented events; written with its speakers at the start of the twelfth red-line round, frozen; measured once, then studied)",
    ),
    (
        "unseen23",
        "unseen23.txt",
        "Twenty-third unseen batch (real countries, invented events; written with its speakers during the twelfth red-line round, frozen; held out of it, measured once; studied in the thirteenth)",
    ),
    (
        "unseen24",
        "unseen24.txt",
        "Twenty-fourth unseen batch (real countries, invented events; written with its speakers during the twelfth red-line round, frozen; held out of it, measured once; studied in the thirteenth)",
    ),
    (
        "unseen25",
        "unseen25.txt",
        "Twenty-fifth unseen batch (real countries, invented events; written with its speakers during the twelfth red-line round, frozen; held out of it and of the session's speaker rules, measured at the end; studied in the thirteenth)",
    ),
    (
        "unseen26",
        "unseen26.txt",
        "Twenty-sixth unseen batch (real countries, invented events; written with its speakers during the twelfth red-line round, frozen; held out of it and of the session's speaker rules, measured at the end; studied in the thirteenth)",
    ),
    (
        "unseen27",
        "unseen27.txt",
        "Twenty-seventh unseen batch (real countries, invented events; written with its speakers at the start of the thirteenth red-line round, frozen; held out of it and of the session's speaker rules, measured at its start and end; studied in the fourteenth to sixteenth)",
    ),
    (
        "unseen28",
        "unseen28.txt",
        "Twenty-eighth unseen batch (real countries, invented events; written with its speakers at the start of the thirteenth red-line round, frozen; held out of it and of the session's speaker rules, measured at its start and end; studied in the fourteenth to sixteenth)",
    ),
    (
        "unseen29",
        "unseen29.txt",
        "Twenty-ninth unseen batch (real countries, invented events; written with its speakers at the start of the thirteenth red-line round, frozen; held out of it and of the session's speaker rules, measured at its start and end; studied in the fourteenth to sixteenth)",
    ),
    (
        "unseen30",
        "unseen30.txt",
        "Thirtieth unseen batch (real countries, invented events; written with its speakers at the start of the thirteenth red-line round, frozen; held out of it and of the session's speaker rules, measured at its start and end; studied in the fourteenth to sixteenth)",
    ),
    (
        "unseen31",
        "unseen31.txt",
        "Thirty-first unseen batch (real countries, invented events; written with its speakers at the start of the fourteenth red-line round, frozen; held out of the fourteenth to sixteenth rounds and of the session's speaker rules, measured at its start and end; studied in the seventeenth)",
    ),
    (
        "unseen32",
        "unseen32.txt",
        "Thirty-second unseen batch (real countries, invented events; written with its speakers at the start of the fourteenth red-line round, frozen; held out of the fourteenth to sixteenth rounds and of the session's speaker rules, measured at its start and end; studied in the seventeenth)",
    ),
    (
        "unseen33",
        "unseen33.txt",
        "Thirty-third unseen batch (real countries, invented events; written with its speakers at the start of the fourteenth red-line round, frozen; held out of the fourteenth to sixteenth rounds and of the session's speaker rules, measured at its start and end; studied in the seventeenth)",
    ),
    (
        "unseen34",
        "unseen34.txt",
        "Thirty-fourth unseen batch (real countries, invented events; written with its speakers at the start of the fourteenth red-line round, frozen; held out of the fourteenth to sixteenth rounds and of the session's speaker rules, measured at its start and end; studied in the seventeenth)",
    ),
    (
        "unseen35",
        "unseen35.txt",
        "Thirty-fifth unseen batch (real countries, invented events; written with its speakers at the start of the seventeenth red-line round, frozen; held out of it and measured at its start and end; studied in the eighteenth)",
    ),
    (
        "unseen36",
        "unseen36.txt",
        "Thirty-sixth unseen batch (real countries, invented events; written with its speakers at the start of the seventeenth red-line round, frozen; held out of it and measured at its start and end; studied in the eighteenth)",
    ),
    (
        "unseen37",
        "unseen37.txt",
        "Thirty-seventh unseen batch (real countries, invented events; written with its speakers at the start of the seventeenth red-line round, frozen; held out of it and measured at its start and end; studied in the eighteenth)",
    ),
    (
        "unseen38",
        "unseen38.txt",
        "Thirty-eighth unseen batch (real countries, invented events; written with its speakers at the start of the seventeenth red-line round, frozen; held out of it and measured at its start and end; studied in the eighteenth)",
    ),
    (
        "unseen39",
        "unseen39.txt",
        "Thirty-ninth unseen batch (real countries, invented events; written with its speakers during the eighteenth red-line round, frozen; held out of the seventeenth and eighteenth and measured after each)",
    ),
    (
        "unseen40",
        "unseen40.txt",
        "Fortieth unseen batch (real countries, invented events; written with its speakers during the eighteenth red-line round, frozen; held out of the seventeenth and eighteenth and measured after each)",
    ),
    (
        "unseen41",
        "unseen41.txt",
        "Forty-first unseen batch (real countries, invented events; written with its speakers at the start of the nineteenth red-line round, frozen; held out of it and measured at its start and end)",
    ),
    (
        "unseen42",
        "unseen42.txt",
        "Forty-second unseen batch (real countries, invented events; written with its speakers at the start of the nineteenth red-line round, frozen; held out of it and measured at its start and end)",
    ),
    (
        "unseen43",
        "unseen43.txt",
        "Forty-third unseen batch (real countries, invented events; written with its speakers at the start of the nineteenth red-line round, frozen; held out of it and measured at its start and end)",
    ),
    (
        "unseen44",
        "unseen44.txt",
        "Forty-fourth unseen batch (real countries, invented events; written with its speakers at the start of the nineteenth red-line round, frozen; held out of it and measured at its start and end)",
    ),
    (
        "unseen45",
        "unseen45.txt",
        "Forty-fifth unseen batch (real countries, invented events, pairs other writers had not used; written with its speakers after the nineteenth red-line round, frozen; measured once with the builds before and after it)",
    ),
    (
        "unseen46",
        "unseen46.txt",
        "Forty-sixth unseen batch (real countries, invented events, pairs other writers had not used; written with its speakers after the nineteenth red-line round, frozen; measured once with the builds before and after it)",
    ),
    (
        "unseen47",
        "unseen47.txt",
        "Forty-seventh unseen batch (real countries, invented events, pairs other writers had not used; written with its speakers after the nineteenth red-line round, frozen; measured once with the builds before and after it)",
    ),
    (
        "unseen48",
        "unseen48.txt",
        "Forty-eighth unseen batch (real countries, invented events, pairs other writers had not used; written with its speakers after the nineteenth red-line round, frozen; measured once with the builds before and after it)",
    ),
    (
        "unseen49",
        "unseen49.txt",
        "Forty-ninth unseen batch (real countries, invented events, regions earlier writers had used little; written with its speakers at the start of the twentieth session, frozen; measured once with the builds of its start and after its first two speaker rules)",
    ),
    (
        "unseen50",
        "unseen50.txt",
        "Fiftieth unseen batch (real countries, invented events, regions earlier writers had used little; written with its speakers at the start of the twentieth session, frozen; measured once with the builds of its start and after its first two speaker rules)",
    ),
    (
        "unseen51",
        "unseen51.txt",
        "Fifty-first unseen batch (real countries, invented events, regions earlier writers had used little; written with its speakers at the start of the twentieth session, frozen; measured once with the builds of its start and after its first two speaker rules)",
    ),
    (
        "unseen52",
        "unseen52.txt",
        "Fifty-second unseen batch (real countries, invented events, regions earlier writers had used little; written with its speakers at the start of the twentieth session, frozen; measured once with the builds of its start and after its first two speaker rules)",
    ),
    (
        "unseen53",
        "unseen53.txt",
        "Fifty-third unseen batch (real countries, invented events, regions earlier writers had used little; written with its speakers during the twentieth session, frozen; measured once with the session's start build and its build after three speaker rules)",
    ),
    (
        "unseen54",
        "unseen54.txt",
        "Fifty-fourth unseen batch (real countries, invented events, regions earlier writers had used little; written with its speakers during the twentieth session, frozen; measured once with the session's start build and its build after three speaker rules)",
    ),
    (
        "unseen55",
        "unseen55.txt",
        "Fifty-fifth unseen batch (real countries, invented events, regions earlier writers had used little; written with its speakers during the twentieth session, frozen; measured once with the session's start build and its build after three speaker rules)",
    ),
    (
        "unseen56",
        "unseen56.txt",
        "Fifty-sixth unseen batch (real countries, invented events, regions earlier writers had used little; written with its speakers during the twentieth session, frozen; measured once with the session's start build and its build after three speaker rules)",
    ),
    (
        "unseen57",
        "unseen57.txt",
        "Fifty-seventh unseen batch (real countries, invented events, regions earlier writers had used little; written with its speakers during the twentieth session, frozen; measured once with the session's start build and its build after the ordinary-news senses and six speaker rules)",
    ),
    (
        "unseen58",
        "unseen58.txt",
        "Fifty-eighth unseen batch (real countries, invented events, regions earlier writers had used little; written with its speakers during the twentieth session, frozen; measured once with the session's start build and its build after the ordinary-news senses and six speaker rules)",
    ),
    (
        "unseen59",
        "unseen59.txt",
        "Fifty-ninth unseen batch (real countries, invented events, regions earlier writers had used little; written with its speakers during the twentieth session, frozen; measured once with the session's start build and its build after the ordinary-news senses and six speaker rules)",
    ),
    (
        "unseen60",
        "unseen60.txt",
        "Sixtieth unseen batch (real countries, invented events, regions earlier writers had used little; written with its speakers during the twentieth session, frozen; measured once with the session's start build and its build after the ordinary-news senses and six speaker rules)",
    ),
    (
        "unseen61",
        "unseen61.txt",
        "Sixty-first unseen batch (real countries, invented events, regions earlier writers had used little; written with its speakers during the twenty-first session, frozen; measured once with the session's start build before it was read)",
    ),
    (
        "unseen62",
        "unseen62.txt",
        "Sixty-second unseen batch (real countries, invented events, regions earlier writers had used little; written with its speakers during the twenty-first session, frozen; measured once with the session's start build before it was read)",
    ),
    (
        "unseen63",
        "unseen63.txt",
        "Sixty-third unseen batch (real countries, invented events, regions earlier writers had used little; written with its speakers during the twenty-first session, frozen; measured once with the session's start build before it was read)",
    ),
    (
        "unseen64",
        "unseen64.txt",
        "Sixty-fourth unseen batch (real countries, invented events, regions earlier writers had used little; written with its speakers during the twenty-first session, frozen; measured once with the session's start build before it was read)",
    ),
    (
        "unseen65",
        "unseen65.txt",
        "Sixty-fifth unseen batch (real countries, invented events, regions earlier writers had used little; written with its speakers during the twenty-first session, frozen; measured once with the session's start build and its build after the conditional threats and seven speaker rules, before it was read)",
    ),
    (
        "unseen66",
        "unseen66.txt",
        "Sixty-sixth unseen batch (real countries, invented events, regions earlier writers had used little; written with its speakers during the twenty-first session, frozen; measured once with the session's start build and its build after the conditional threats and seven speaker rules, before it was read)",
    ),
    (
        "unseen67",
        "unseen67.txt",
        "Sixty-seventh unseen batch (real countries, invented events, regions earlier writers had used little; written with its speakers during the twenty-first session, frozen; measured once with the session's start build and its build after the conditional threats and seven speaker rules, before it was read)",
    ),
    (
        "unseen68",
        "unseen68.txt",
        "Sixty-eighth unseen batch (real countries, invented events, regions earlier writers had used little; written with its speakers during the twenty-first session, frozen; measured once with the session's start build and its build after the conditional threats and seven speaker rules, before it was read)",
    ),
    (
        "unseen69",
        "unseen69.txt",
        "Sixty-ninth unseen batch (real countries, invented events, regions earlier writers had used little; written with its speakers at the end of the twenty-first session, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen70",
        "unseen70.txt",
        "Seventieth unseen batch (real countries, invented events, regions earlier writers had used little; written with its speakers at the end of the twenty-first session, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen71",
        "unseen71.txt",
        "Seventy-first unseen batch (real countries, invented events, regions earlier writers had used little; written with its speakers at the end of the twenty-first session, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen72",
        "unseen72.txt",
        "Seventy-second unseen batch (real countries, invented events, regions earlier writers had used little; written with its speakers at the end of the twenty-first session, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen73",
        "unseen73.txt",
        "Seventy-third unseen batch (real countries, invented events, the Levant and Mesopotamia; written with its speakers at the start of the twenty-second session, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen74",
        "unseen74.txt",
        "Seventy-fourth unseen batch (real countries, invented events, Southern Africa and the Great Lakes; written with its speakers at the start of the twenty-second session, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen75",
        "unseen75.txt",
        "Seventy-fifth unseen batch (real countries, invented events, Eastern Europe; written with its speakers at the start of the twenty-second session, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen76",
        "unseen76.txt",
        "Seventy-sixth unseen batch (real countries, invented events, the Indian Ocean and Oceania; written with its speakers at the start of the twenty-second session, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen77",
        "unseen77.txt",
        "Seventy-seventh unseen batch (real countries, invented events, the Nordic countries and the North Atlantic; written with its speakers at the start of the twenty-third session, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen78",
        "unseen78.txt",
        "Seventy-eighth unseen batch (real countries, invented events, Mexico, the United States border and Central America; written with its speakers at the start of the twenty-third session, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen79",
        "unseen79.txt",
        "Seventy-ninth unseen batch (real countries, invented events, Iran, the Gulf and Yemen; written with its speakers at the start of the twenty-third session, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen80",
        "unseen80.txt",
        "Eightieth unseen batch (real countries, invented events, the Horn of Africa, Sudan and the Nile basin; written with its speakers at the start of the twenty-third session, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen81",
        "unseen81.txt",
        "Eighty-first unseen batch (real countries, invented events, the Black Sea, Turkey and Cyprus; written with its speakers at the start of the twenty-fourth session, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen82",
        "unseen82.txt",
        "Eighty-second unseen batch (real countries, invented events, Venezuela, Colombia and the Amazon basin; written with its speakers at the start of the twenty-fourth session, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen83",
        "unseen83.txt",
        "Eighty-third unseen batch (real countries, invented events, the Taiwan Strait, the Philippines and the South China Sea; written with its speakers at the start of the twenty-fourth session, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen84",
        "unseen84.txt",
        "Eighty-fourth unseen batch (real countries, invented events, the Congo basin, the Central African Republic and Chad; written with its speakers at the start of the twenty-fourth session, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen85",
        "unseen85.txt",
        "Eighty-fifth unseen batch (real countries, invented events, Afghanistan, Pakistan and the Durand Line; written with its speakers at the start of the twenty-fifth session, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen86",
        "unseen86.txt",
        "Eighty-sixth unseen batch (real countries, invented events, Myanmar, Thailand, Laos and the Mekong; written with its speakers at the start of the twenty-fifth session, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen87",
        "unseen87.txt",
        "Eighty-seventh unseen batch (real countries, invented events, Hungary, Slovakia, Austria and the European Union; written with its speakers at the start of the twenty-fifth session, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen88",
        "unseen88.txt",
        "Eighty-eighth unseen batch (real countries, invented events, Libya, Malta, Italy and Tunisia in the central Mediterranean; written with its speakers at the start of the twenty-fifth session, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen89",
        "unseen89.txt",
        "Eighty-ninth unseen batch (real countries, invented events, Spain, Morocco, Gibraltar, the United Kingdom and the Canary Islands; written with its speakers at the start of the twenty-sixth session, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen90",
        "unseen90.txt",
        "Ninetieth unseen batch (real countries, invented events, Nigeria, Cameroon, Equatorial Guinea and the Gulf of Guinea; written with its speakers at the start of the twenty-sixth session, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen91",
        "unseen91.txt",
        "Ninety-first unseen batch (real countries, invented events, India, China, Nepal, Bhutan and the Himalayan border; written with its speakers at the start of the twenty-sixth session, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen92",
        "unseen92.txt",
        "Ninety-second unseen batch (real countries, invented events, Poland, Belarus, Lithuania and Germany; written with its speakers at the start of the twenty-sixth session, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen93",
        "unseen93.txt",
        "Ninety-third unseen batch (real countries, invented events, Trinidad and Tobago, Venezuela, Suriname, Haiti, the Dominican Republic and the Caribbean Community; written with its speakers at the start of the twenty-seventh session, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen94",
        "unseen94.txt",
        "Ninety-fourth unseen batch (real countries, invented events, Brunei, Malaysia, Indonesia and the South China Sea claimants; written with its speakers at the start of the twenty-seventh session, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen95",
        "unseen95.txt",
        "Ninety-fifth unseen batch (real countries, invented events, Mongolia, Kyrgyzstan, Kazakhstan, Uzbekistan and Turkmenistan; written with its speakers at the start of the twenty-seventh session, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen96",
        "unseen96.txt",
        "Ninety-sixth unseen batch (real countries, invented events, Greenland, Denmark, Iceland, Norway, the Faroe Islands and the Arctic Council; written with its speakers at the start of the twenty-seventh session, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen97",
        "unseen97.txt",
        "Ninety-seventh unseen batch (real countries, invented events, Canada, the United States, Mexico and the Arctic; written with its speakers at the start of the twenty-eighth session, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen98",
        "unseen98.txt",
        "Ninety-eighth unseen batch (real countries, invented events, Portugal, Brazil, Angola, Mozambique, Cabo Verde and Timor-Leste; written with its speakers at the start of the twenty-eighth session, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen99",
        "unseen99.txt",
        "Ninety-ninth unseen batch (real countries, invented events, Iraq, Turkey, Syria and the Kurdish regions; written with its speakers at the start of the twenty-eighth session, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen100",
        "unseen100.txt",
        "Hundredth unseen batch (real countries, invented events, New Zealand, Australia, Samoa, Tonga, Kiribati, Nauru and China in the South Pacific; written with its speakers at the start of the twenty-eighth session, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen101",
        "unseen101.txt",
        "Hundred-and-first unseen batch (real countries, invented events, Georgia, Armenia, Azerbaijan and Central Asia; written with its speakers at the start of the twenty-ninth session from a prompt rewritten that session, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen102",
        "unseen102.txt",
        "Hundred-and-second unseen batch (real countries, invented events, West Africa and the Sahel; written with its speakers at the start of the twenty-ninth session from a prompt rewritten that session, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen103",
        "unseen103.txt",
        "Hundred-and-third unseen batch (real countries, invented events, Southeast Asia and the South China Sea; written with its speakers at the start of the twenty-ninth session from a prompt rewritten that session, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen104",
        "unseen104.txt",
        "Hundred-and-fourth unseen batch (real countries, invented events, the Nordic and Baltic states, Poland and Belarus; written with its speakers at the start of the twenty-ninth session from a prompt rewritten that session, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen105",
        "unseen105.txt",
        "Hundred-and-fifth unseen batch (real countries, invented events, the Horn of Africa and the Red Sea; written with its speakers during the twenty-ninth session from the prompt rewritten that session, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen106",
        "unseen106.txt",
        "Hundred-and-sixth unseen batch (real countries, invented events, the Andes and the Southern Cone; written with its speakers during the twenty-ninth session from the prompt rewritten that session, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen107",
        "unseen107.txt",
        "Hundred-and-seventh unseen batch (real countries, invented events, the Western Balkans and south-east Europe; written with its speakers during the twenty-ninth session from the prompt rewritten that session, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen108",
        "unseen108.txt",
        "Hundred-and-eighth unseen batch (real countries, invented events, South Asia; written with its speakers during the twenty-ninth session from the prompt rewritten that session, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen109",
        "unseen109.txt",
        "Hundred-and-ninth unseen batch (real countries, invented events, the Gulf states, Iran and Iraq; written with its speakers at the start of the thirtieth session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen110",
        "unseen110.txt",
        "Hundred-and-tenth unseen batch (real countries, invented events, Central America, Mexico and the Caribbean; written with its speakers at the start of the thirtieth session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen111",
        "unseen111.txt",
        "Hundred-and-eleventh unseen batch (real countries, invented events, the Korean peninsula, Japan and Taiwan; written with its speakers at the start of the thirtieth session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen112",
        "unseen112.txt",
        "Hundred-and-twelfth unseen batch (real countries, invented events, Southern Africa; written with its speakers at the start of the thirtieth session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen113",
        "unseen113.txt",
        "Hundred-and-thirteenth unseen batch (real countries, invented events, the Eastern Mediterranean; written with its speakers at the start of the thirtieth session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen114",
        "unseen114.txt",
        "Hundred-and-fourteenth unseen batch (real countries, invented events, the Pacific Islands, Australia and New Zealand; written with its speakers at the start of the thirtieth session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen115",
        "unseen115.txt",
        "Hundred-and-fifteenth unseen batch (real countries, invented events, North Africa and the Maghreb; written with its speakers at the start of the thirtieth session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen116",
        "unseen116.txt",
        "Hundred-and-sixteenth unseen batch (real countries, invented events, Central Europe and the EU institutions; written with its speakers at the start of the thirtieth session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen117",
        "unseen117.txt",
        "Hundred-and-seventeenth unseen batch (real countries, invented events, Russia, Ukraine and Belarus; written with its speakers at the start of the thirty-first session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen118",
        "unseen118.txt",
        "Hundred-and-eighteenth unseen batch (real countries, invented events, China, the South China Sea and its neighbours; written with its speakers at the start of the thirty-first session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen119",
        "unseen119.txt",
        "Hundred-and-nineteenth unseen batch (real countries, invented events, the African Great Lakes; written with its speakers at the start of the thirty-first session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen120",
        "unseen120.txt",
        "Hundred-and-twentieth unseen batch (real countries, invented events, the Levant; written with its speakers at the start of the thirty-first session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen121",
        "unseen121.txt",
        "Hundred-and-twenty-first unseen batch (real countries, invented events, the Arctic and North America; written with its speakers at the start of the thirty-first session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen122",
        "unseen122.txt",
        "Hundred-and-twenty-second unseen batch (real countries, invented events, northern South America; written with its speakers at the start of the thirty-first session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen123",
        "unseen123.txt",
        "Hundred-and-twenty-third unseen batch (real countries, invented events, the Himalaya; written with its speakers at the start of the thirty-first session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen124",
        "unseen124.txt",
        "Hundred-and-twenty-fourth unseen batch (real countries, invented events, Western Europe; written with its speakers at the start of the thirty-first session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen125",
        "unseen125.txt",
        "Hundred-and-twenty-fifth unseen batch (real countries, invented events, the Black Sea, Turkey and Georgia; written with its speakers at the start of the thirty-second session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen126",
        "unseen126.txt",
        "Hundred-and-twenty-sixth unseen batch (real countries, invented events, the Sahel and the Lake Chad basin; written with its speakers at the start of the thirty-second session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen127",
        "unseen127.txt",
        "Hundred-and-twenty-seventh unseen batch (real countries, invented events, the Mekong countries; written with its speakers at the start of the thirty-second session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen128",
        "unseen128.txt",
        "Hundred-and-twenty-eighth unseen batch (real countries, invented events, the Gulf monarchies and Yemen; written with its speakers at the start of the thirty-second session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen129",
        "unseen129.txt",
        "Hundred-and-twenty-ninth unseen batch (real countries, invented events, Poland, Germany and the Baltic Sea; written with its speakers at the start of the thirty-second session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen130",
        "unseen130.txt",
        "Hundred-and-thirtieth unseen batch (real countries, invented events, Brazil, Paraguay, Bolivia and the Amazon basin; written with its speakers at the start of the thirty-second session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen131",
        "unseen131.txt",
        "Hundred-and-thirty-first unseen batch (real countries, invented events, the Red Sea: Sudan, Egypt, Eritrea and Ethiopia; written with its speakers at the start of the thirty-second session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen132",
        "unseen132.txt",
        "Hundred-and-thirty-second unseen batch (real countries, invented events, India, Pakistan and Afghanistan; written with its speakers at the start of the thirty-second session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen133",
        "unseen133.txt",
        "Hundred-and-thirty-third unseen batch (real countries, invented events, the Korean peninsula, Japan and the East China Sea; written with its speakers at the start of the thirty-third session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen134",
        "unseen134.txt",
        "Hundred-and-thirty-fourth unseen batch (real countries, invented events, the coastal states of West Africa and the Gulf of Guinea; written with its speakers at the start of the thirty-third session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen135",
        "unseen135.txt",
        "Hundred-and-thirty-fifth unseen batch (real countries, invented events, the Andes and the Southern Cone; written with its speakers at the start of the thirty-third session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen136",
        "unseen136.txt",
        "Hundred-and-thirty-sixth unseen batch (real countries, invented events, Central Asia and the Caspian Sea; written with its speakers at the start of the thirty-third session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen137",
        "unseen137.txt",
        "Hundred-and-thirty-seventh unseen batch (real countries, invented events, the Western Balkans and the Adriatic; written with its speakers at the start of the thirty-third session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen138",
        "unseen138.txt",
        "Hundred-and-thirty-eighth unseen batch (real countries, invented events, the Arctic, the Nordic states and Greenland; written with its speakers at the start of the thirty-third session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen139",
        "unseen139.txt",
        "Hundred-and-thirty-ninth unseen batch (real countries, invented events, the Eastern Mediterranean, Cyprus and Libya; written with its speakers at the start of the thirty-third session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen140",
        "unseen140.txt",
        "Hundred-and-fortieth unseen batch (real countries, invented events, the Pacific islands, Australia and New Zealand; written with its speakers at the start of the thirty-third session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen141",
        "unseen141.txt",
        "Hundred-and-forty-first unseen batch (real countries, invented events, the Horn of Africa; written with its speakers at the start of the thirty-fourth session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen142",
        "unseen142.txt",
        "Hundred-and-forty-second unseen batch (real countries, invented events, the Caucasus and Iran's northern border; written with its speakers at the start of the thirty-fourth session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen143",
        "unseen143.txt",
        "Hundred-and-forty-third unseen batch (real countries, invented events, Central America and Mexico; written with its speakers at the start of the thirty-fourth session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen144",
        "unseen144.txt",
        "Hundred-and-forty-fourth unseen batch (real countries, invented events, the South China Sea, the Philippines and Vietnam; written with its speakers at the start of the thirty-fourth session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen145",
        "unseen145.txt",
        "Hundred-and-forty-fifth unseen batch (real countries, invented events, the Great Lakes of Africa; written with its speakers at the start of the thirty-fourth session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen146",
        "unseen146.txt",
        "Hundred-and-forty-sixth unseen batch (real countries, invented events, the Maghreb and Western Sahara; written with its speakers at the start of the thirty-fourth session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen147",
        "unseen147.txt",
        "Hundred-and-forty-seventh unseen batch (real countries, invented events, Iraq, Syria and the Kurdish regions; written with its speakers at the start of the thirty-fourth session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen148",
        "unseen148.txt",
        "Hundred-and-forty-eighth unseen batch (real countries, invented events, Moldova, Romania, Hungary and the Danube; written with its speakers at the start of the thirty-fourth session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen149",
        "unseen149.txt",
        "Hundred-and-forty-ninth unseen batch (real countries, invented events, the Baltic states and Kaliningrad; written with its speakers at the start of the thirty-fifth session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen150",
        "unseen150.txt",
        "Hundred-and-fiftieth unseen batch (real countries, invented events, Pakistan, Afghanistan and the Durand Line; written with its speakers at the start of the thirty-fifth session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen151",
        "unseen151.txt",
        "Hundred-and-fifty-first unseen batch (real countries, invented events, the Sahel (Mali, Niger, Burkina Faso, Chad); written with its speakers at the start of the thirty-fifth session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen152",
        "unseen152.txt",
        "Hundred-and-fifty-second unseen batch (real countries, invented events, the Gulf states, Yemen and the Red Sea; written with its speakers at the start of the thirty-fifth session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen153",
        "unseen153.txt",
        "Hundred-and-fifty-third unseen batch (real countries, invented events, Venezuela, Guyana, Colombia and the Caribbean; written with its speakers at the start of the thirty-fifth session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen154",
        "unseen154.txt",
        "Hundred-and-fifty-fourth unseen batch (real countries, invented events, India, China and the Himalayan border, Nepal, Bhutan; written with its speakers at the start of the thirty-fifth session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen155",
        "unseen155.txt",
        "Hundred-and-fifty-fifth unseen batch (real countries, invented events, Ethiopia, Egypt, Sudan and the Nile; written with its speakers at the start of the thirty-fifth session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen156",
        "unseen156.txt",
        "Hundred-and-fifty-sixth unseen batch (real countries, invented events, Taiwan, the Taiwan Strait and the United States; written with its speakers at the start of the thirty-fifth session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen157",
        "unseen157.txt",
        "Hundred-and-fifty-seventh unseen batch (real countries, invented events, the Korean Peninsula and Japan; written with its speakers at the start of the thirty-sixth session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen158",
        "unseen158.txt",
        "Hundred-and-fifty-eighth unseen batch (real countries, invented events, the Western Balkans (Serbia, Kosovo, Bosnia); written with its speakers at the start of the thirty-sixth session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen159",
        "unseen159.txt",
        "Hundred-and-fifty-ninth unseen batch (real countries, invented events, the Arctic, Greenland and the Nordic states; written with its speakers at the start of the thirty-sixth session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen160",
        "unseen160.txt",
        "Hundred-and-sixtieth unseen batch (real countries, invented events, West Africa and the Gulf of Guinea (Nigeria, Ghana, Cameroon); written with its speakers at the start of the thirty-sixth session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen161",
        "unseen161.txt",
        "Hundred-and-sixty-first unseen batch (real countries, invented events, the Andes (Peru, Bolivia, Chile, Ecuador); written with its speakers at the start of the thirty-sixth session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen162",
        "unseen162.txt",
        "Hundred-and-sixty-second unseen batch (real countries, invented events, the Mekong states (Myanmar, Thailand, Laos, Cambodia, Vietnam); written with its speakers at the start of the thirty-sixth session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen163",
        "unseen163.txt",
        "Hundred-and-sixty-third unseen batch (real countries, invented events, the Eastern Mediterranean (Greece, Turkey, Cyprus); written with its speakers at the start of the thirty-sixth session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen164",
        "unseen164.txt",
        "Hundred-and-sixty-fourth unseen batch (real countries, invented events, Central Asia and the Caspian (Kazakhstan, Uzbekistan, Turkmenistan, Azerbaijan); written with its speakers at the start of the thirty-sixth session from the prompt of the twenty-ninth, frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen165",
        "unseen165.txt",
        "Hundred-and-sixty-fifth unseen batch (real countries, invented events, the Horn of Africa (Ethiopia, Eritrea, Somalia, Djibouti, Kenya, Sudan); written with its speakers at the start of the thirty-seventh session from a prompt rewritten that session (`writers_prompt.md`; the earlier one was lost, and its RS line was added after these were written), frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen166",
        "unseen166.txt",
        "Hundred-and-sixty-sixth unseen batch (real countries, invented events, the South Caucasus (Armenia, Azerbaijan, Georgia, with Turkey, Iran and Russia); written with its speakers at the start of the thirty-seventh session from a prompt rewritten that session (`writers_prompt.md`; the earlier one was lost, and its RS line was added after these were written), frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen167",
        "unseen167.txt",
        "Hundred-and-sixty-seventh unseen batch (real countries, invented events, Central America and the Caribbean (Mexico, Guatemala, Honduras, Nicaragua, Cuba, Haiti, the Dominican Republic, the United States); written with its speakers at the start of the thirty-seventh session from a prompt rewritten that session (`writers_prompt.md`; the earlier one was lost, and its RS line was added after these were written), frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen168",
        "unseen168.txt",
        "Hundred-and-sixty-eighth unseen batch (real countries, invented events, the South China Sea (China, the Philippines, Vietnam, Malaysia, Indonesia, Brunei); written with its speakers at the start of the thirty-seventh session from a prompt rewritten that session (`writers_prompt.md`; the earlier one was lost, and its RS line was added after these were written), frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen169",
        "unseen169.txt",
        "Hundred-and-sixty-ninth unseen batch (real countries, invented events, the African Great Lakes (DR Congo, Rwanda, Uganda, Burundi, Tanzania); written with its speakers at the start of the thirty-seventh session from a prompt rewritten that session (`writers_prompt.md`; the earlier one was lost, and its RS line was added after these were written), frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen170",
        "unseen170.txt",
        "Hundred-and-seventieth unseen batch (real countries, invented events, the Maghreb (Morocco, Algeria, Tunisia, Libya, with Spain, France and Mali); written with its speakers at the start of the thirty-seventh session from a prompt rewritten that session (`writers_prompt.md`; the earlier one was lost, and its RS line was added after these were written), frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen171",
        "unseen171.txt",
        "Hundred-and-seventy-first unseen batch (real countries, invented events, Iraq, Syria and Turkey (with Iran, the Kurdistan Region, Jordan); written with its speakers at the start of the thirty-seventh session from a prompt rewritten that session (`writers_prompt.md`; the earlier one was lost, and its RS line was added after these were written), frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen172",
        "unseen172.txt",
        "Hundred-and-seventy-second unseen batch (real countries, invented events, Moldova, Romania, Ukraine and the Black Sea (with Transnistria, Bulgaria, Turkey, Russia); written with its speakers at the start of the thirty-seventh session from a prompt rewritten that session (`writers_prompt.md`; the earlier one was lost, and its RS line was added after these were written), frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen173",
        "unseen173.txt",
        "Hundred-and-seventy-third unseen batch (real countries, invented events, Southern Africa (South Africa, Zimbabwe, Mozambique, Namibia, SADC); written with its speakers at the start of the thirty-eighth session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen174",
        "unseen174.txt",
        "Hundred-and-seventy-fourth unseen batch (real countries, invented events, the Pacific Islands (Solomon Islands, Fiji, Papua New Guinea, Australia, New Zealand, China); written with its speakers at the start of the thirty-eighth session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen175",
        "unseen175.txt",
        "Hundred-and-seventy-fifth unseen batch (real countries, invented events, Israel and Lebanon (with the UN mission, France, the United States, Iran); written with its speakers at the start of the thirty-eighth session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen176",
        "unseen176.txt",
        "Hundred-and-seventy-sixth unseen batch (real countries, invented events, the Baltic states and Kaliningrad (Lithuania, Latvia, Estonia, Poland, Russia, NATO); written with its speakers at the start of the thirty-eighth session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen177",
        "unseen177.txt",
        "Hundred-and-seventy-seventh unseen batch (real countries, invented events, the Gulf and Yemen (Saudi Arabia, the UAE, Oman, Qatar, Iran, the Houthis, the UN envoy); written with its speakers at the start of the thirty-eighth session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen178",
        "unseen178.txt",
        "Hundred-and-seventy-eighth unseen batch (real countries, invented events, India and Pakistan (with Afghanistan, China, the Indus waters); written with its speakers at the start of the thirty-eighth session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen179",
        "unseen179.txt",
        "Hundred-and-seventy-ninth unseen batch (real countries, invented events, the Sahel (Mali, Niger, Burkina Faso, ECOWAS, Algeria, France, Russia); written with its speakers at the start of the thirty-eighth session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen180",
        "unseen180.txt",
        "Hundred-and-eightieth unseen batch (real countries, invented events, Venezuela and Guyana (the Essequibo, Brazil, CARICOM, the United States); written with its speakers at the start of the thirty-eighth session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen181",
        "unseen181.txt",
        "Hundred-and-eighty-first unseen batch (real countries, invented events, Iberia and Gibraltar (Spain, Portugal, the United Kingdom, Morocco); written with its speakers at the start of the thirty-ninth session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen182",
        "unseen182.txt",
        "Hundred-and-eighty-second unseen batch (real countries, invented events, the Nile basin (Egypt, Ethiopia, Sudan, South Sudan); written with its speakers at the start of the thirty-ninth session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen183",
        "unseen183.txt",
        "Hundred-and-eighty-third unseen batch (real countries, invented events, Indonesia, Timor-Leste, Papua New Guinea and Australia; written with its speakers at the start of the thirty-ninth session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen184",
        "unseen184.txt",
        "Hundred-and-eighty-fourth unseen batch (real countries, invented events, the Arctic (Canada, the United States, Denmark and Greenland, Norway, Russia); written with its speakers at the start of the thirty-ninth session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen185",
        "unseen185.txt",
        "Hundred-and-eighty-fifth unseen batch (real countries, invented events, Central Europe (Hungary, Slovakia, Poland, Austria, Czechia, the EU institutions); written with its speakers at the start of the thirty-ninth session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen186",
        "unseen186.txt",
        "Hundred-and-eighty-sixth unseen batch (real countries, invented events, the Caspian (Iran, Azerbaijan, Turkmenistan, Kazakhstan, Russia); written with its speakers at the start of the thirty-ninth session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen187",
        "unseen187.txt",
        "Hundred-and-eighty-seventh unseen batch (real countries, invented events, the Mekong (Myanmar, Thailand, Laos, Cambodia, Vietnam, China); written with its speakers at the start of the thirty-ninth session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen188",
        "unseen188.txt",
        "Hundred-and-eighty-eighth unseen batch (real countries, invented events, the Southern Cone and the South Atlantic (Argentina, Chile, Uruguay, Brazil, the United Kingdom); written with its speakers at the start of the thirty-ninth session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's start and last builds, not studied)",
    ),
    (
        "unseen189",
        "unseen189.txt",
        "Hundred-and-eighty-ninth unseen batch (real countries, invented events, the Korean peninsula; written with its speakers at the start of the fortieth session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's start build and the build before its fourth red-line round, which then read their misses)",
    ),
    (
        "unseen190",
        "unseen190.txt",
        "Hundred-and-ninetieth unseen batch (real countries, invented events, Japan and Russia over the Kuril Islands; written with its speakers at the start of the fortieth session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's start build and the build before its fourth red-line round, which then read their misses)",
    ),
    (
        "unseen191",
        "unseen191.txt",
        "Hundred-and-ninety-first unseen batch (real countries, invented events, Serbia and Kosovo, the western Balkans; written with its speakers at the start of the fortieth session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's start build and the build before its fourth red-line round, which then read their misses)",
    ),
    (
        "unseen192",
        "unseen192.txt",
        "Hundred-and-ninety-second unseen batch (real countries, invented events, Cyprus, Greece and Turkey in the eastern Mediterranean; written with its speakers at the start of the fortieth session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's start build and the build before its fourth red-line round, which then read their misses)",
    ),
    (
        "unseen193",
        "unseen193.txt",
        "Hundred-and-ninety-third unseen batch (real countries, invented events, the Gulf of Guinea and the West African coast; written with its speakers at the start of the fortieth session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's start build and the build before its fourth red-line round, which then read their misses)",
    ),
    (
        "unseen194",
        "unseen194.txt",
        "Hundred-and-ninety-fourth unseen batch (real countries, invented events, Kenya, Somalia and the Horn of Africa; written with its speakers at the start of the fortieth session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's start build and the build before its fourth red-line round, which then read their misses)",
    ),
    (
        "unseen195",
        "unseen195.txt",
        "Hundred-and-ninety-fifth unseen batch (real countries, invented events, the Andes (Peru, Bolivia, Chile, Ecuador); written with its speakers at the start of the fortieth session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's start build and the build before its fourth red-line round, which then read their misses)",
    ),
    (
        "unseen196",
        "unseen196.txt",
        "Hundred-and-ninety-sixth unseen batch (real countries, invented events, Afghanistan and Central Asia; written with its speakers at the start of the fortieth session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's start build and the build before its fourth red-line round, which then read their misses)",
    ),
    (
        "unseen197",
        "unseen197.txt",
        "Hundred-and-ninety-seventh unseen batch (real countries, invented events, the South Caucasus (Georgia, Armenia, Azerbaijan); written with its speakers in the middle of the fortieth session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its builds before and after its fourth red-line round, not studied)",
    ),
    (
        "unseen198",
        "unseen198.txt",
        "Hundred-and-ninety-eighth unseen batch (real countries, invented events, Central America (Nicaragua, Costa Rica, Honduras, El Salvador); written with its speakers in the middle of the fortieth session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its builds before and after its fourth red-line round, not studied)",
    ),
    (
        "unseen199",
        "unseen199.txt",
        "Hundred-and-ninety-ninth unseen batch (real countries, invented events, the African Great Lakes (Congo, Rwanda, Uganda, Burundi); written with its speakers in the middle of the fortieth session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its builds before and after its fourth red-line round, not studied)",
    ),
    (
        "unseen200",
        "unseen200.txt",
        "Two-hundredth unseen batch (real countries, invented events, the Red Sea coast (Eritrea, Djibouti, Sudan, Saudi Arabia); written with its speakers in the middle of the fortieth session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its builds before and after its fourth red-line round, not studied)",
    ),
    (
        "unseen201",
        "unseen201.txt",
        "Two-hundred-and-first unseen batch (real countries, invented events, Finland, Norway and Russia along the northern border; written with its speakers in the middle of the fortieth session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its builds before and after its fourth red-line round, not studied)",
    ),
    (
        "unseen202",
        "unseen202.txt",
        "Two-hundred-and-second unseen batch (real countries, invented events, the Indian Ocean (the Maldives, Sri Lanka, Mauritius, the Chagos); written with its speakers in the middle of the fortieth session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its builds before and after its fourth red-line round, not studied)",
    ),
    (
        "unseen203",
        "unseen203.txt",
        "Two-hundred-and-third unseen batch (real countries, invented events, the Maghreb (Algeria, Morocco, Tunisia, Libya); written with its speakers in the middle of the fortieth session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its builds before and after its fourth red-line round, not studied)",
    ),
    (
        "unseen204",
        "unseen204.txt",
        "Two-hundred-and-fourth unseen batch (real countries, invented events, the Gulf (Iran, the United Arab Emirates, Oman, Qatar); written with its speakers in the middle of the fortieth session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its builds before and after its fourth red-line round, not studied)",
    ),
    (
        "unseen205",
        "unseen205.txt",
        "Two-hundred-and-fifth unseen batch (real countries, invented events, the Baltic Sea and Scandinavia; written with its speakers at the start of the forty-first session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its build before its sixth red-line part, then studied in that part)",
    ),
    (
        "unseen206",
        "unseen206.txt",
        "Two-hundred-and-sixth unseen batch (real countries, invented events, the Western Balkans (Albania, North Macedonia, Montenegro); written with its speakers at the start of the forty-first session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its build before its sixth red-line part, then studied in that part)",
    ),
    (
        "unseen207",
        "unseen207.txt",
        "Two-hundred-and-seventh unseen batch (real countries, invented events, Ethiopia and Eritrea; written with its speakers at the start of the forty-first session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its build before its sixth red-line part, then studied in that part)",
    ),
    (
        "unseen208",
        "unseen208.txt",
        "Two-hundred-and-eighth unseen batch (real countries, invented events, the South China Sea (the Philippines, Vietnam, China); written with its speakers at the start of the forty-first session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its build before its sixth red-line part, then studied in that part)",
    ),
    (
        "unseen209",
        "unseen209.txt",
        "Two-hundred-and-ninth unseen batch (real countries, invented events, the Pacific islands (Solomon Islands, Fiji, Papua New Guinea, Australia); written with its speakers at the start of the forty-first session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its build before its sixth red-line part, then studied in that part)",
    ),
    (
        "unseen210",
        "unseen210.txt",
        "Two-hundred-and-tenth unseen batch (real countries, invented events, the Caribbean (Venezuela, Guyana, Cuba, Haiti); written with its speakers at the start of the forty-first session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its build before its sixth red-line part, then studied in that part)",
    ),
    (
        "unseen211",
        "unseen211.txt",
        "Two-hundred-and-eleventh unseen batch (real countries, invented events, Moldova, Ukraine and the Black Sea; written with its speakers at the start of the forty-first session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its build before its sixth red-line part, then studied in that part)",
    ),
    (
        "unseen212",
        "unseen212.txt",
        "Two-hundred-and-twelfth unseen batch (real countries, invented events, Mozambique, Zimbabwe and Southern Africa; written with its speakers at the start of the forty-first session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its build before its sixth red-line part, then studied in that part)",
    ),
    (
        "unseen213",
        "unseen213.txt",
        "Two-hundred-and-thirteenth unseen batch (real countries, invented events, Mexico and the United States border; written with its speakers in the middle of the forty-first session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its last; studied in the forty-second session)",
    ),
    (
        "unseen214",
        "unseen214.txt",
        "Two-hundred-and-fourteenth unseen batch (real countries, invented events, Nigeria, Cameroon and the Lake Chad basin; written with its speakers in the middle of the forty-first session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its last; studied in the forty-second session)",
    ),
    (
        "unseen215",
        "unseen215.txt",
        "Two-hundred-and-fifteenth unseen batch (real countries, invented events, India, Pakistan and Kashmir; written with its speakers in the middle of the forty-first session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its last; studied in the forty-second session)",
    ),
    (
        "unseen216",
        "unseen216.txt",
        "Two-hundred-and-sixteenth unseen batch (real countries, invented events, Thailand, Cambodia and Myanmar; written with its speakers in the middle of the forty-first session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its last; studied in the forty-second session)",
    ),
    (
        "unseen217",
        "unseen217.txt",
        "Two-hundred-and-seventeenth unseen batch (real countries, invented events, Egypt, Sudan and the Nile; written with its speakers in the middle of the forty-first session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its last; studied in the forty-second session)",
    ),
    (
        "unseen218",
        "unseen218.txt",
        "Two-hundred-and-eighteenth unseen batch (real countries, invented events, Poland, Belarus and Lithuania; written with its speakers in the middle of the forty-first session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its last; studied in the forty-second session)",
    ),
    (
        "unseen219",
        "unseen219.txt",
        "Two-hundred-and-nineteenth unseen batch (real countries, invented events, Argentina, Chile and the South Atlantic; written with its speakers in the middle of the forty-first session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its last; studied in the forty-second session)",
    ),
    (
        "unseen220",
        "unseen220.txt",
        "Two-hundred-and-twentieth unseen batch (real countries, invented events, Iraq, Syria and Turkey (water and borders); written with its speakers in the middle of the forty-first session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its last; studied in the forty-second session)",
    ),
    (
        "unseen221",
        "unseen221.txt",
        "Two-hundred-and-twenty-first unseen batch (real countries, invented events, Japan and China in the East China Sea; written with its speakers at the start of the forty-second session from the committed prompt (`writers_prompt.md`), frozen; measured with the session's first build and with its build after the round's first six parts, then studied in its seventh)",
    ),
    (
        "unseen222",
        "unseen222.txt",
        "Two-hundred-and-twenty-second unseen batch (real countries, invented events, Central Asia (Kyrgyzstan, Tajikistan, Uzbekistan) and water; written with its speakers at the start of the forty-second session from the committed prompt (`writers_prompt.md`), frozen; measured with the session's first build and with its build after the round's first six parts, then studied in its seventh)",
    ),
    (
        "unseen223",
        "unseen223.txt",
        "Two-hundred-and-twenty-third unseen batch (real countries, invented events, the West African coast (Senegal, Guinea-Bissau, Gambia, Mauritania); written with its speakers at the start of the forty-second session from the committed prompt (`writers_prompt.md`), frozen; measured with the session's first build and with its build after the round's first six parts, then studied in its seventh)",
    ),
    (
        "unseen224",
        "unseen224.txt",
        "Two-hundred-and-twenty-fourth unseen batch (real countries, invented events, Djibouti, Somalia, Somaliland and the Horn of Africa; written with its speakers at the start of the forty-second session from the committed prompt (`writers_prompt.md`), frozen; measured with the session's first build and with its build after the round's first six parts, then studied in its seventh)",
    ),
    (
        "unseen225",
        "unseen225.txt",
        "Two-hundred-and-twenty-fifth unseen batch (real countries, invented events, Greenland, Denmark, Canada and the Arctic; written with its speakers at the start of the forty-second session from the committed prompt (`writers_prompt.md`), frozen; measured with the session's first build and with its build after the round's first six parts, then studied in its seventh)",
    ),
    (
        "unseen226",
        "unseen226.txt",
        "Two-hundred-and-twenty-sixth unseen batch (real countries, invented events, Greece, Turkey and Cyprus in the Aegean; written with its speakers at the start of the forty-second session from the committed prompt (`writers_prompt.md`), frozen; measured with the session's first build and with its build after the round's first six parts, then studied in its seventh)",
    ),
    (
        "unseen227",
        "unseen227.txt",
        "Two-hundred-and-twenty-seventh unseen batch (real countries, invented events, South Korea and Japan; written with its speakers at the start of the forty-second session from the committed prompt (`writers_prompt.md`), frozen; measured with the session's first build and with its build after the round's first six parts, then studied in its seventh)",
    ),
    (
        "unseen228",
        "unseen228.txt",
        "Two-hundred-and-twenty-eighth unseen batch (real countries, invented events, Venezuela, Colombia and Guyana; written with its speakers at the start of the forty-second session from the committed prompt (`writers_prompt.md`), frozen; measured with the session's first build and with its build after the round's first six parts, then studied in its seventh)",
    ),
    (
        "unseen229",
        "unseen229.txt",
        "Two-hundred-and-twenty-ninth unseen batch (real countries, invented events, Bolivia, Chile and Peru; written with its speakers in the middle of the forty-second session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its last, not studied)",
    ),
    (
        "unseen230",
        "unseen230.txt",
        "Two-hundred-and-thirtieth unseen batch (real countries, invented events, Morocco, Spain, Algeria and the Strait of Gibraltar; written with its speakers in the middle of the forty-second session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its last, not studied)",
    ),
    (
        "unseen231",
        "unseen231.txt",
        "Two-hundred-and-thirty-first unseen batch (real countries, invented events, Bosnia and Herzegovina, Croatia and Montenegro; written with its speakers in the middle of the forty-second session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its last, not studied)",
    ),
    (
        "unseen232",
        "unseen232.txt",
        "Two-hundred-and-thirty-second unseen batch (real countries, invented events, Georgia, Russia and Armenia; written with its speakers in the middle of the forty-second session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its last, not studied)",
    ),
    (
        "unseen233",
        "unseen233.txt",
        "Two-hundred-and-thirty-third unseen batch (real countries, invented events, Iran, the Gulf states and the Strait of Hormuz; written with its speakers in the middle of the forty-second session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its last, not studied)",
    ),
    (
        "unseen234",
        "unseen234.txt",
        "Two-hundred-and-thirty-fourth unseen batch (real countries, invented events, Indonesia, Malaysia, Singapore and the Strait of Malacca; written with its speakers in the middle of the forty-second session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its last, not studied)",
    ),
    (
        "unseen235",
        "unseen235.txt",
        "Two-hundred-and-thirty-fifth unseen batch (real countries, invented events, Nigeria, Cameroon and the Gulf of Guinea; written with its speakers in the middle of the forty-second session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its last, not studied)",
    ),
    (
        "unseen236",
        "unseen236.txt",
        "Two-hundred-and-thirty-sixth unseen batch (real countries, invented events, the Sahel (Mali, Niger, Burkina Faso) and France; written with its speakers in the middle of the forty-second session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its last, not studied)",
    ),
    (
        "unseen237",
        "unseen237.txt",
        "Two-hundred-and-thirty-seventh unseen batch (real countries, invented events, Nepal, India and China in the Himalaya; written with its speakers at the start of the forty-third session from the committed prompt (`writers_prompt.md`), frozen; measured with the session's first build and with its build after the round's first part, then studied in its second)",
    ),
    (
        "unseen238",
        "unseen238.txt",
        "Two-hundred-and-thirty-eighth unseen batch (real countries, invented events, Sri Lanka, the Maldives and India in the Indian Ocean; written with its speakers at the start of the forty-third session from the committed prompt (`writers_prompt.md`), frozen; measured with the session's first build and with its build after the round's first part, then studied in its second)",
    ),
    (
        "unseen239",
        "unseen239.txt",
        "Two-hundred-and-thirty-ninth unseen batch (real countries, invented events, Kosovo, Serbia and the European Union; written with its speakers at the start of the forty-third session from the committed prompt (`writers_prompt.md`), frozen; measured with the session's first build and with its build after the round's first part, then studied in its second)",
    ),
    (
        "unseen240",
        "unseen240.txt",
        "Two-hundred-and-fortieth unseen batch (real countries, invented events, Estonia, Latvia, Lithuania and Russia on the Baltic; written with its speakers at the start of the forty-third session from the committed prompt (`writers_prompt.md`), frozen; measured with the session's first build and with its build after the round's first part, then studied in its second)",
    ),
    (
        "unseen241",
        "unseen241.txt",
        "Two-hundred-and-forty-first unseen batch (real countries, invented events, Libya, Tunisia and Italy across the central Mediterranean; written with its speakers at the start of the forty-third session from the committed prompt (`writers_prompt.md`), frozen; measured with the session's first build and with its build after the round's first part, then studied in its second)",
    ),
    (
        "unseen242",
        "unseen242.txt",
        "Two-hundred-and-forty-second unseen batch (real countries, invented events, the Democratic Republic of the Congo, Rwanda and Uganda; written with its speakers at the start of the forty-third session from the committed prompt (`writers_prompt.md`), frozen; measured with the session's first build and with its build after the round's first part, then studied in its second)",
    ),
    (
        "unseen243",
        "unseen243.txt",
        "Two-hundred-and-forty-third unseen batch (real countries, invented events, Egypt, Ethiopia and Sudan over the Nile dam; written with its speakers at the start of the forty-third session from the committed prompt (`writers_prompt.md`), frozen; measured with the session's first build and with its build after the round's first part, then studied in its second)",
    ),
    (
        "unseen244",
        "unseen244.txt",
        "Two-hundred-and-forty-fourth unseen batch (real countries, invented events, the Philippines, China and Vietnam in the South China Sea; written with its speakers at the start of the forty-third session from the committed prompt (`writers_prompt.md`), frozen; measured with the session's first build and with its build after the round's first part, then studied in its second)",
    ),
    (
        "unseen245",
        "unseen245.txt",
        "Two-hundred-and-forty-fifth unseen batch (real countries, invented events, Haiti and the Dominican Republic; written with its speakers in the middle of the forty-third session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its last, not studied)",
    ),
    (
        "unseen246",
        "unseen246.txt",
        "Two-hundred-and-forty-sixth unseen batch (real countries, invented events, Paraguay, Brazil and Argentina on the Paraná river; written with its speakers in the middle of the forty-third session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its last, not studied)",
    ),
    (
        "unseen247",
        "unseen247.txt",
        "Two-hundred-and-forty-seventh unseen batch (real countries, invented events, Kazakhstan, China and Russia (the Irtysh and the Caspian); written with its speakers in the middle of the forty-third session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its last, not studied)",
    ),
    (
        "unseen248",
        "unseen248.txt",
        "Two-hundred-and-forty-eighth unseen batch (real countries, invented events, Ukraine, Hungary and Slovakia; written with its speakers in the middle of the forty-third session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its last, not studied)",
    ),
    (
        "unseen249",
        "unseen249.txt",
        "Two-hundred-and-forty-ninth unseen batch (real countries, invented events, Vietnam, Cambodia and Laos on the Mekong; written with its speakers in the middle of the forty-third session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its last, not studied)",
    ),
    (
        "unseen250",
        "unseen250.txt",
        "Two-hundred-and-fiftieth unseen batch (real countries, invented events, Australia, Papua New Guinea and Solomon Islands; written with its speakers in the middle of the forty-third session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its last, not studied)",
    ),
    (
        "unseen251",
        "unseen251.txt",
        "Two-hundred-and-fifty-first unseen batch (real countries, invented events, Yemen, Saudi Arabia and Oman; written with its speakers in the middle of the forty-third session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its last, not studied)",
    ),
    (
        "unseen252",
        "unseen252.txt",
        "Two-hundred-and-fifty-second unseen batch (real countries, invented events, Azerbaijan, Armenia and Iran; written with its speakers in the middle of the forty-third session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its last, not studied)",
    ),
    (
        "unseen253",
        "unseen253.txt",
        "Two-hundred-and-fifty-third unseen batch (real countries, invented events, Guatemala and Belize; written with its speakers at the start of the forty-fourth session from the committed prompt (`writers_prompt.md`), frozen; measured with the session's first build and with its build after the round's first part, then studied in its second)",
    ),
    (
        "unseen254",
        "unseen254.txt",
        "Two-hundred-and-fifty-fourth unseen batch (real countries, invented events, Ecuador, Peru and Colombia; written with its speakers at the start of the forty-fourth session from the committed prompt (`writers_prompt.md`), frozen; measured with the session's first build and with its build after the round's first part, then studied in its second)",
    ),
    (
        "unseen255",
        "unseen255.txt",
        "Two-hundred-and-fifty-fifth unseen batch (real countries, invented events, Argentina, Chile and the Falkland Islands; written with its speakers at the start of the forty-fourth session from the committed prompt (`writers_prompt.md`), frozen; measured with the session's first build and with its build after the round's first part, then studied in its second)",
    ),
    (
        "unseen256",
        "unseen256.txt",
        "Two-hundred-and-fifty-sixth unseen batch (real countries, invented events, Somalia, Kenya and Ethiopia; written with its speakers at the start of the forty-fourth session from the committed prompt (`writers_prompt.md`), frozen; measured with the session's first build and with its build after the round's first part, then studied in its second)",
    ),
    (
        "unseen257",
        "unseen257.txt",
        "Two-hundred-and-fifty-seventh unseen batch (real countries, invented events, South Sudan and Sudan; written with its speakers at the start of the forty-fourth session from the committed prompt (`writers_prompt.md`), frozen; measured with the session's first build and with its build after the round's first part, then studied in its second)",
    ),
    (
        "unseen258",
        "unseen258.txt",
        "Two-hundred-and-fifty-eighth unseen batch (real countries, invented events, Turkey, Syria and Iraq; written with its speakers at the start of the forty-fourth session from the committed prompt (`writers_prompt.md`), frozen; measured with the session's first build and with its build after the round's first part, then studied in its second)",
    ),
    (
        "unseen259",
        "unseen259.txt",
        "Two-hundred-and-fifty-ninth unseen batch (real countries, invented events, Lebanon, Israel and Cyprus; written with its speakers at the start of the forty-fourth session from the committed prompt (`writers_prompt.md`), frozen; measured with the session's first build and with its build after the round's first part, then studied in its second)",
    ),
    (
        "unseen260",
        "unseen260.txt",
        "Two-hundred-and-sixtieth unseen batch (real countries, invented events, Pakistan and Afghanistan; written with its speakers at the start of the forty-fourth session from the committed prompt (`writers_prompt.md`), frozen; measured with the session's first build and with its build after the round's first part, then studied in its second)",
    ),
    (
        "unseen261",
        "unseen261.txt",
        "Two-hundred-and-sixty-first unseen batch (real countries, invented events, Bangladesh and Myanmar; written with its speakers in the middle of the forty-fourth session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its build before the model was retrained on them, not studied)",
    ),
    (
        "unseen262",
        "unseen262.txt",
        "Two-hundred-and-sixty-second unseen batch (real countries, invented events, Thailand and Cambodia; written with its speakers in the middle of the forty-fourth session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its build before the model was retrained on them, not studied)",
    ),
    (
        "unseen263",
        "unseen263.txt",
        "Two-hundred-and-sixty-third unseen batch (real countries, invented events, the Taiwan Strait; written with its speakers in the middle of the forty-fourth session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its build before the model was retrained on them, not studied)",
    ),
    (
        "unseen264",
        "unseen264.txt",
        "Two-hundred-and-sixty-fourth unseen batch (real countries, invented events, Norway, Russia and Svalbard; written with its speakers in the middle of the forty-fourth session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its build before the model was retrained on them, not studied)",
    ),
    (
        "unseen265",
        "unseen265.txt",
        "Two-hundred-and-sixty-fifth unseen batch (real countries, invented events, Poland, Belarus and Lithuania; written with its speakers in the middle of the forty-fourth session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its build before the model was retrained on them, not studied)",
    ),
    (
        "unseen266",
        "unseen266.txt",
        "Two-hundred-and-sixty-sixth unseen batch (real countries, invented events, Romania, Moldova and Transnistria; written with its speakers in the middle of the forty-fourth session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its build before the model was retrained on them, not studied)",
    ),
    (
        "unseen267",
        "unseen267.txt",
        "Two-hundred-and-sixty-seventh unseen batch (real countries, invented events, Albania, Greece and North Macedonia; written with its speakers in the middle of the forty-fourth session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its build before the model was retrained on them, not studied)",
    ),
    (
        "unseen268",
        "unseen268.txt",
        "Two-hundred-and-sixty-eighth unseen batch (real countries, invented events, Mozambique, Tanzania and Malawi; written with its speakers in the middle of the forty-fourth session from the committed prompt (`writers_prompt.md`), frozen; measured once with the session's first build and with its build before the model was retrained on them, not studied)",
    ),
];

/// The invented ordinary news, each set with the batch it was written with: name, file, label.
const ORDINARY: [(&str, &str, &str); 267] = [
    ("ordinary", "ordinary.txt", "Invented ordinary news"),
    ("ordinary2", "unseen2_ordinary.txt", "Invented ordinary news written with the second unseen batch (not tuned on)"),
    ("ordinary3", "unseen3_ordinary.txt", "Invented ordinary news written with the third unseen batch"),
    ("ordinary4", "unseen4_ordinary.txt", "Invented ordinary news written with the fourth unseen batch"),
    ("ordinary5", "unseen5_ordinary.txt", "Invented ordinary news written with the fifth unseen batch"),
    ("ordinary6", "unseen6_ordinary.txt", "Invented ordinary news written with the sixth unseen batch"),
    ("ordinary7", "unseen7_ordinary.txt", "Invented ordinary news written with the seventh unseen batch"),
    ("ordinary8", "unseen8_ordinary.txt", "Invented ordinary news written with the eighth unseen batch"),
    ("ordinary9", "unseen9_ordinary.txt", "Invented ordinary news written with the ninth unseen batch (held out)"),
    ("ordinary10", "unseen10_ordinary.txt", "Invented ordinary news written with the tenth unseen batch (held out)"),
    (
        "ordinary11",
        "unseen11_ordinary.txt",
        "Invented ordinary news written with the eleventh unseen batch (held out of the eighth round)",
    ),
    (
        "ordinary12",
        "unseen12_ordinary.txt",
        "Invented ordinary news written with the twelfth unseen batch (studied in the ninth round)",
    ),
    (
        "ordinary13",
        "unseen13_ordinary.txt",
        "Invented ordinary news written with the thirteenth unseen batch (held out)",
    ),
    (
        "ordinary14",
        "unseen14_ordinary.txt",
        "Invented ordinary news written with the fourteenth unseen batch (held out)",
    ),
    (
        "ordinary15",
        "unseen15_ordinary.txt",
        "Invented ordinary news written with the fifteenth unseen batch (held out)",
    ),
    (
        "ordinary17",
        "unseen17_ordinary.txt",
        "Invented ordinary news written with the seventeenth unseen batch (held out)",
    ),
    (
        "ordinary18",
        "unseen18_ordinary.txt",
        "Invented ordinary news written with the eighteenth unseen batch (held out)",
    ),
    (
        "ordinary19",
        "unseen19_ordinary.txt",
        "Invented ordinary news written with the nineteenth unseen batch (held out)",
    ),
    (
        "ordinary20",
        "unseen20_ordinary.txt",
        "Invented ordinary news in real countries written with the twentieth unseen batch (studied in the twelfth round)",
    ),
    (
        "ordinary21",
        "unseen21_ordinary.txt",
        "Invented ordinary news in real countries written with the twenty-first unseen batch (studied in the twelfth round)",
    ),
    (
        "ordinary22",
        "unseen22_ordinary.txt",
        "Invented ordinary news in real countries written with the twenty-second unseen batch (studied in the twelfth round)",
    ),
    (
        "ordinary23",
        "unseen23_ordinary.txt",
        "Invented ordinary news in real countries written with the twenty-third unseen batch (held out of the twelfth round, studied in the thirteenth)",
    ),
    (
        "ordinary24",
        "unseen24_ordinary.txt",
        "Invented ordinary news in real countries written with the twenty-fourth unseen batch (held out of the twelfth round, studied in the thirteenth)",
    ),
    (
        "ordinary25",
        "unseen25_ordinary.txt",
        "Invented ordinary news in real countries written with the twenty-fifth unseen batch (held out of the twelfth round, studied in the thirteenth)",
    ),
    (
        "ordinary26",
        "unseen26_ordinary.txt",
        "Invented ordinary news in real countries written with the twenty-sixth unseen batch (held out of the twelfth round, studied in the thirteenth)",
    ),
    (
        "ordinary27",
        "unseen27_ordinary.txt",
        "Invented ordinary news in real countries written with the twenty-seventh unseen batch (held out of the thirteenth round, studied in the fourteenth to sixteenth)",
    ),
    (
        "ordinary28",
        "unseen28_ordinary.txt",
        "Invented ordinary news in real countries written with the twenty-eighth unseen batch (held out of the thirteenth round, studied in the fourteenth to sixteenth)",
    ),
    (
        "ordinary29",
        "unseen29_ordinary.txt",
        "Invented ordinary news in real countries written with the twenty-ninth unseen batch (held out of the thirteenth round, studied in the fourteenth to sixteenth)",
    ),
    (
        "ordinary30",
        "unseen30_ordinary.txt",
        "Invented ordinary news in real countries written with the thirtieth unseen batch (held out of the thirteenth round, studied in the fourteenth to sixteenth)",
    ),
    (
        "ordinary31",
        "unseen31_ordinary.txt",
        "Invented ordinary news in real countries written with the thirty-first unseen batch (held out of the fourteenth to sixteenth rounds, studied in the seventeenth)",
    ),
    (
        "ordinary32",
        "unseen32_ordinary.txt",
        "Invented ordinary news in real countries written with the thirty-second unseen batch (held out of the fourteenth to sixteenth rounds, studied in the seventeenth)",
    ),
    (
        "ordinary33",
        "unseen33_ordinary.txt",
        "Invented ordinary news in real countries written with the thirty-third unseen batch (held out of the fourteenth to sixteenth rounds, studied in the seventeenth)",
    ),
    (
        "ordinary34",
        "unseen34_ordinary.txt",
        "Invented ordinary news in real countries written with the thirty-fourth unseen batch (held out of the fourteenth to sixteenth rounds, studied in the seventeenth)",
    ),
    (
        "ordinary35",
        "unseen35_ordinary.txt",
        "Invented ordinary news in real countries written with the thirty-fifth unseen batch (held out of the seventeenth round, studied in the eighteenth)",
    ),
    (
        "ordinary36",
        "unseen36_ordinary.txt",
        "Invented ordinary news in real countries written with the thirty-sixth unseen batch (held out of the seventeenth round, studied in the eighteenth)",
    ),
    (
        "ordinary37",
        "unseen37_ordinary.txt",
        "Invented ordinary news in real countries written with the thirty-seventh unseen batch (held out of the seventeenth round, studied in the eighteenth)",
    ),
    (
        "ordinary38",
        "unseen38_ordinary.txt",
        "Invented ordinary news in real countries written with the thirty-eighth unseen batch (held out of the seventeenth round, studied in the eighteenth)",
    ),
    (
        "ordinary39",
        "unseen39_ordinary.txt",
        "Invented ordinary news in real countries written with the thirty-ninth unseen batch (held out of the seventeenth and eighteenth rounds)",
    ),
    (
        "ordinary40",
        "unseen40_ordinary.txt",
        "Invented ordinary news in real countries written with the fortieth unseen batch (held out of the seventeenth and eighteenth rounds)",
    ),
    (
        "ordinary41",
        "unseen41_ordinary.txt",
        "Invented ordinary news in real countries written with the forty-first unseen batch (held out of the nineteenth round)",
    ),
    (
        "ordinary42",
        "unseen42_ordinary.txt",
        "Invented ordinary news in real countries written with the forty-second unseen batch (held out of the nineteenth round)",
    ),
    (
        "ordinary43",
        "unseen43_ordinary.txt",
        "Invented ordinary news in real countries written with the forty-third unseen batch (held out of the nineteenth round)",
    ),
    (
        "ordinary44",
        "unseen44_ordinary.txt",
        "Invented ordinary news in real countries written with the forty-fourth unseen batch (held out of the nineteenth round)",
    ),
    (
        "ordinary45",
        "unseen45_ordinary.txt",
        "Invented ordinary news in real countries written with the forty-fifth unseen batch (measured once, after the nineteenth round)",
    ),
    (
        "ordinary46",
        "unseen46_ordinary.txt",
        "Invented ordinary news in real countries written with the forty-sixth unseen batch (measured once, after the nineteenth round)",
    ),
    (
        "ordinary47",
        "unseen47_ordinary.txt",
        "Invented ordinary news in real countries written with the forty-seventh unseen batch (measured once, after the nineteenth round)",
    ),
    (
        "ordinary48",
        "unseen48_ordinary.txt",
        "Invented ordinary news in real countries written with the forty-eighth unseen batch (measured once, after the nineteenth round)",
    ),
    (
        "ordinary49",
        "unseen49_ordinary.txt",
        "Invented ordinary news in real countries written with the forty-ninth unseen batch (measured once, at the start of the twentieth session)",
    ),
    (
        "ordinary50",
        "unseen50_ordinary.txt",
        "Invented ordinary news in real countries written with the fiftieth unseen batch (measured once, at the start of the twentieth session)",
    ),
    (
        "ordinary51",
        "unseen51_ordinary.txt",
        "Invented ordinary news in real countries written with the fifty-first unseen batch (measured once, at the start of the twentieth session)",
    ),
    (
        "ordinary52",
        "unseen52_ordinary.txt",
        "Invented ordinary news in real countries written with the fifty-second unseen batch (measured once, at the start of the twentieth session)",
    ),
    (
        "ordinary53",
        "unseen53_ordinary.txt",
        "Invented ordinary news in real countries written with the fifty-third unseen batch (measured once, during the twentieth session)",
    ),
    (
        "ordinary54",
        "unseen54_ordinary.txt",
        "Invented ordinary news in real countries written with the fifty-fourth unseen batch (measured once, during the twentieth session)",
    ),
    (
        "ordinary55",
        "unseen55_ordinary.txt",
        "Invented ordinary news in real countries written with the fifty-fifth unseen batch (measured once, during the twentieth session)",
    ),
    (
        "ordinary56",
        "unseen56_ordinary.txt",
        "Invented ordinary news in real countries written with the fifty-sixth unseen batch (measured once, during the twentieth session)",
    ),
    (
        "ordinary57",
        "unseen57_ordinary.txt",
        "Invented ordinary news in real countries written with the fifty-seventh unseen batch (measured once, after the twentieth session's ordinary-news senses)",
    ),
    (
        "ordinary58",
        "unseen58_ordinary.txt",
        "Invented ordinary news in real countries written with the fifty-eighth unseen batch (measured once, after the twentieth session's ordinary-news senses)",
    ),
    (
        "ordinary59",
        "unseen59_ordinary.txt",
        "Invented ordinary news in real countries written with the fifty-ninth unseen batch (measured once, after the twentieth session's ordinary-news senses)",
    ),
    (
        "ordinary60",
        "unseen60_ordinary.txt",
        "Invented ordinary news in real countries written with the sixtieth unseen batch (measured once, after the twentieth session's ordinary-news senses)",
    ),
    (
        "ordinary61",
        "unseen61_ordinary.txt",
        "Invented ordinary news in real countries written with the sixty-first unseen batch (measured once, with the twenty-first session's start build)",
    ),
    (
        "ordinary62",
        "unseen62_ordinary.txt",
        "Invented ordinary news in real countries written with the sixty-second unseen batch (measured once, with the twenty-first session's start build)",
    ),
    (
        "ordinary63",
        "unseen63_ordinary.txt",
        "Invented ordinary news in real countries written with the sixty-third unseen batch (measured once, with the twenty-first session's start build)",
    ),
    (
        "ordinary64",
        "unseen64_ordinary.txt",
        "Invented ordinary news in real countries written with the sixty-fourth unseen batch (measured once, with the twenty-first session's start build)",
    ),
    (
        "ordinary65",
        "unseen65_ordinary.txt",
        "Invented ordinary news in real countries written with the sixty-fifth unseen batch (measured once, with the twenty-first session's start build and a later one)",
    ),
    (
        "ordinary66",
        "unseen66_ordinary.txt",
        "Invented ordinary news in real countries written with the sixty-sixth unseen batch (measured once, with the twenty-first session's start build and a later one)",
    ),
    (
        "ordinary67",
        "unseen67_ordinary.txt",
        "Invented ordinary news in real countries written with the sixty-seventh unseen batch (measured once, with the twenty-first session's start build and a later one)",
    ),
    (
        "ordinary68",
        "unseen68_ordinary.txt",
        "Invented ordinary news in real countries written with the sixty-eighth unseen batch (measured once, with the twenty-first session's start build and a later one)",
    ),
    (
        "ordinary69",
        "unseen69_ordinary.txt",
        "Invented ordinary news in real countries written with the sixty-ninth unseen batch (measured once with the twenty-first session's start and last builds)",
    ),
    (
        "ordinary70",
        "unseen70_ordinary.txt",
        "Invented ordinary news in real countries written with the seventieth unseen batch (measured once with the twenty-first session's start and last builds)",
    ),
    (
        "ordinary71",
        "unseen71_ordinary.txt",
        "Invented ordinary news in real countries written with the seventy-first unseen batch (measured once with the twenty-first session's start and last builds)",
    ),
    (
        "ordinary72",
        "unseen72_ordinary.txt",
        "Invented ordinary news in real countries written with the seventy-second unseen batch (measured once with the twenty-first session's start and last builds)",
    ),
    (
        "ordinary73",
        "unseen73_ordinary.txt",
        "Invented ordinary news in real countries written with the seventy-third unseen batch (measured once with the twenty-second session's start and last builds)",
    ),
    (
        "ordinary74",
        "unseen74_ordinary.txt",
        "Invented ordinary news in real countries written with the seventy-fourth unseen batch (measured once with the twenty-second session's start and last builds)",
    ),
    (
        "ordinary75",
        "unseen75_ordinary.txt",
        "Invented ordinary news in real countries written with the seventy-fifth unseen batch (measured once with the twenty-second session's start and last builds)",
    ),
    (
        "ordinary76",
        "unseen76_ordinary.txt",
        "Invented ordinary news in real countries written with the seventy-sixth unseen batch (measured once with the twenty-second session's start and last builds)",
    ),
    (
        "ordinary77",
        "unseen77_ordinary.txt",
        "Invented ordinary news in real countries written with the seventy-seventh unseen batch (measured once with the twenty-third session's start and last builds)",
    ),
    (
        "ordinary78",
        "unseen78_ordinary.txt",
        "Invented ordinary news in real countries written with the seventy-eighth unseen batch (measured once with the twenty-third session's start and last builds)",
    ),
    (
        "ordinary79",
        "unseen79_ordinary.txt",
        "Invented ordinary news in real countries written with the seventy-ninth unseen batch (measured once with the twenty-third session's start and last builds)",
    ),
    (
        "ordinary80",
        "unseen80_ordinary.txt",
        "Invented ordinary news in real countries written with the eightieth unseen batch (measured once with the twenty-third session's start and last builds)",
    ),
    (
        "ordinary81",
        "unseen81_ordinary.txt",
        "Invented ordinary news in real countries written with the eighty-first unseen batch (measured once with the twenty-fourth session's start and last builds)",
    ),
    (
        "ordinary82",
        "unseen82_ordinary.txt",
        "Invented ordinary news in real countries written with the eighty-second unseen batch (measured once with the twenty-fourth session's start and last builds)",
    ),
    (
        "ordinary83",
        "unseen83_ordinary.txt",
        "Invented ordinary news in real countries written with the eighty-third unseen batch (measured once with the twenty-fourth session's start and last builds)",
    ),
    (
        "ordinary84",
        "unseen84_ordinary.txt",
        "Invented ordinary news in real countries written with the eighty-fourth unseen batch (measured once with the twenty-fourth session's start and last builds)",
    ),
    (
        "ordinary85",
        "unseen85_ordinary.txt",
        "Invented ordinary news in real countries written with the eighty-fifth unseen batch (measured once with the twenty-fifth session's start and last builds)",
    ),
    (
        "ordinary86",
        "unseen86_ordinary.txt",
        "Invented ordinary news in real countries written with the eighty-sixth unseen batch (measured once with the twenty-fifth session's start and last builds)",
    ),
    (
        "ordinary87",
        "unseen87_ordinary.txt",
        "Invented ordinary news in real countries written with the eighty-seventh unseen batch (measured once with the twenty-fifth session's start and last builds)",
    ),
    (
        "ordinary88",
        "unseen88_ordinary.txt",
        "Invented ordinary news in real countries written with the eighty-eighth unseen batch (measured once with the twenty-fifth session's start and last builds)",
    ),
    (
        "ordinary89",
        "unseen89_ordinary.txt",
        "Invented ordinary news in real countries written with the eighty-ninth unseen batch (measured once with the twenty-sixth session's start and last builds)",
    ),
    (
        "ordinary90",
        "unseen90_ordinary.txt",
        "Invented ordinary news in real countries written with the ninetieth unseen batch (measured once with the twenty-sixth session's start and last builds)",
    ),
    (
        "ordinary91",
        "unseen91_ordinary.txt",
        "Invented ordinary news in real countries written with the ninety-first unseen batch (measured once with the twenty-sixth session's start and last builds)",
    ),
    (
        "ordinary92",
        "unseen92_ordinary.txt",
        "Invented ordinary news in real countries written with the ninety-second unseen batch (measured once with the twenty-sixth session's start and last builds)",
    ),
    (
        "ordinary93",
        "unseen93_ordinary.txt",
        "Invented ordinary news in real countries written with the ninety-third unseen batch (measured once with the twenty-seventh session's start and last builds)",
    ),
    (
        "ordinary94",
        "unseen94_ordinary.txt",
        "Invented ordinary news in real countries written with the ninety-fourth unseen batch (measured once with the twenty-seventh session's start and last builds)",
    ),
    (
        "ordinary95",
        "unseen95_ordinary.txt",
        "Invented ordinary news in real countries written with the ninety-fifth unseen batch (measured once with the twenty-seventh session's start and last builds)",
    ),
    (
        "ordinary96",
        "unseen96_ordinary.txt",
        "Invented ordinary news in real countries written with the ninety-sixth unseen batch (measured once with the twenty-seventh session's start and last builds)",
    ),
    (
        "ordinary97",
        "unseen97_ordinary.txt",
        "Invented ordinary news in real countries written with the ninety-seventh unseen batch (measured once with the twenty-eighth session's start and last builds)",
    ),
    (
        "ordinary98",
        "unseen98_ordinary.txt",
        "Invented ordinary news in real countries written with the ninety-eighth unseen batch (measured once with the twenty-eighth session's start and last builds)",
    ),
    (
        "ordinary99",
        "unseen99_ordinary.txt",
        "Invented ordinary news in real countries written with the ninety-ninth unseen batch (measured once with the twenty-eighth session's start and last builds)",
    ),
    (
        "ordinary100",
        "unseen100_ordinary.txt",
        "Invented ordinary news in real countries written with the hundredth unseen batch (measured once with the twenty-eighth session's start and last builds)",
    ),
    (
        "ordinary101",
        "unseen101_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-first unseen batch (measured once with the twenty-ninth session's start and last builds)",
    ),
    (
        "ordinary102",
        "unseen102_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-second unseen batch (measured once with the twenty-ninth session's start and last builds)",
    ),
    (
        "ordinary103",
        "unseen103_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-third unseen batch (measured once with the twenty-ninth session's start and last builds)",
    ),
    (
        "ordinary104",
        "unseen104_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-fourth unseen batch (measured once with the twenty-ninth session's start and last builds)",
    ),
    (
        "ordinary105",
        "unseen105_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-fifth unseen batch (measured once with the twenty-ninth session's start and last builds)",
    ),
    (
        "ordinary106",
        "unseen106_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-sixth unseen batch (measured once with the twenty-ninth session's start and last builds)",
    ),
    (
        "ordinary107",
        "unseen107_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-seventh unseen batch (measured once with the twenty-ninth session's start and last builds)",
    ),
    (
        "ordinary108",
        "unseen108_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-eighth unseen batch (measured once with the twenty-ninth session's start and last builds)",
    ),
    (
        "ordinary109",
        "unseen109_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-ninth unseen batch (measured once with the thirtieth session's start and last builds)",
    ),
    (
        "ordinary110",
        "unseen110_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-tenth unseen batch (measured once with the thirtieth session's start and last builds)",
    ),
    (
        "ordinary111",
        "unseen111_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-eleventh unseen batch (measured once with the thirtieth session's start and last builds)",
    ),
    (
        "ordinary112",
        "unseen112_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-twelfth unseen batch (measured once with the thirtieth session's start and last builds)",
    ),
    (
        "ordinary113",
        "unseen113_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-thirteenth unseen batch (measured once with the thirtieth session's start and last builds)",
    ),
    (
        "ordinary114",
        "unseen114_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-fourteenth unseen batch (measured once with the thirtieth session's start and last builds)",
    ),
    (
        "ordinary115",
        "unseen115_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-fifteenth unseen batch (measured once with the thirtieth session's start and last builds)",
    ),
    (
        "ordinary116",
        "unseen116_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-sixteenth unseen batch (measured once with the thirtieth session's start and last builds)",
    ),
    (
        "ordinary117",
        "unseen117_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-seventeenth unseen batch (measured once with the thirty-first session's start and last builds)",
    ),
    (
        "ordinary118",
        "unseen118_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-eighteenth unseen batch (measured once with the thirty-first session's start and last builds)",
    ),
    (
        "ordinary119",
        "unseen119_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-nineteenth unseen batch (measured once with the thirty-first session's start and last builds)",
    ),
    (
        "ordinary120",
        "unseen120_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-twentieth unseen batch (measured once with the thirty-first session's start and last builds)",
    ),
    (
        "ordinary121",
        "unseen121_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-twenty-first unseen batch (measured once with the thirty-first session's start and last builds)",
    ),
    (
        "ordinary122",
        "unseen122_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-twenty-second unseen batch (measured once with the thirty-first session's start and last builds)",
    ),
    (
        "ordinary123",
        "unseen123_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-twenty-third unseen batch (measured once with the thirty-first session's start and last builds)",
    ),
    (
        "ordinary124",
        "unseen124_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-twenty-fourth unseen batch (measured once with the thirty-first session's start and last builds)",
    ),
    (
        "ordinary125",
        "unseen125_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-twenty-fifth unseen batch (measured once with the thirty-second session's start and last builds)",
    ),
    (
        "ordinary126",
        "unseen126_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-twenty-sixth unseen batch (measured once with the thirty-second session's start and last builds)",
    ),
    (
        "ordinary127",
        "unseen127_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-twenty-seventh unseen batch (measured once with the thirty-second session's start and last builds)",
    ),
    (
        "ordinary128",
        "unseen128_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-twenty-eighth unseen batch (measured once with the thirty-second session's start and last builds)",
    ),
    (
        "ordinary129",
        "unseen129_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-twenty-ninth unseen batch (measured once with the thirty-second session's start and last builds)",
    ),
    (
        "ordinary130",
        "unseen130_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-thirtieth unseen batch (measured once with the thirty-second session's start and last builds)",
    ),
    (
        "ordinary131",
        "unseen131_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-thirty-first unseen batch (measured once with the thirty-second session's start and last builds)",
    ),
    (
        "ordinary132",
        "unseen132_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-thirty-second unseen batch (measured once with the thirty-second session's start and last builds)",
    ),
    (
        "ordinary133",
        "unseen133_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-thirty-third unseen batch (measured once with the thirty-third session's start and last builds)",
    ),
    (
        "ordinary134",
        "unseen134_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-thirty-fourth unseen batch (measured once with the thirty-third session's start and last builds)",
    ),
    (
        "ordinary135",
        "unseen135_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-thirty-fifth unseen batch (measured once with the thirty-third session's start and last builds)",
    ),
    (
        "ordinary136",
        "unseen136_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-thirty-sixth unseen batch (measured once with the thirty-third session's start and last builds)",
    ),
    (
        "ordinary137",
        "unseen137_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-thirty-seventh unseen batch (measured once with the thirty-third session's start and last builds)",
    ),
    (
        "ordinary138",
        "unseen138_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-thirty-eighth unseen batch (measured once with the thirty-third session's start and last builds)",
    ),
    (
        "ordinary139",
        "unseen139_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-thirty-ninth unseen batch (measured once with the thirty-third session's start and last builds)",
    ),
    (
        "ordinary140",
        "unseen140_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-fortieth unseen batch (measured once with the thirty-third session's start and last builds)",
    ),
    (
        "ordinary141",
        "unseen141_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-forty-first unseen batch (measured once with the thirty-fourth session's start and last builds)",
    ),
    (
        "ordinary142",
        "unseen142_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-forty-second unseen batch (measured once with the thirty-fourth session's start and last builds)",
    ),
    (
        "ordinary143",
        "unseen143_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-forty-third unseen batch (measured once with the thirty-fourth session's start and last builds)",
    ),
    (
        "ordinary144",
        "unseen144_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-forty-fourth unseen batch (measured once with the thirty-fourth session's start and last builds)",
    ),
    (
        "ordinary145",
        "unseen145_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-forty-fifth unseen batch (measured once with the thirty-fourth session's start and last builds)",
    ),
    (
        "ordinary146",
        "unseen146_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-forty-sixth unseen batch (measured once with the thirty-fourth session's start and last builds)",
    ),
    (
        "ordinary147",
        "unseen147_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-forty-seventh unseen batch (measured once with the thirty-fourth session's start and last builds)",
    ),
    (
        "ordinary148",
        "unseen148_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-forty-eighth unseen batch (measured once with the thirty-fourth session's start and last builds)",
    ),
    (
        "ordinary149",
        "unseen149_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-forty-ninth unseen batch (measured once with the thirty-fifth session's start and last builds)",
    ),
    (
        "ordinary150",
        "unseen150_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-fiftieth unseen batch (measured once with the thirty-fifth session's start and last builds)",
    ),
    (
        "ordinary151",
        "unseen151_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-fifty-first unseen batch (measured once with the thirty-fifth session's start and last builds)",
    ),
    (
        "ordinary152",
        "unseen152_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-fifty-second unseen batch (measured once with the thirty-fifth session's start and last builds)",
    ),
    (
        "ordinary153",
        "unseen153_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-fifty-third unseen batch (measured once with the thirty-fifth session's start and last builds)",
    ),
    (
        "ordinary154",
        "unseen154_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-fifty-fourth unseen batch (measured once with the thirty-fifth session's start and last builds)",
    ),
    (
        "ordinary155",
        "unseen155_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-fifty-fifth unseen batch (measured once with the thirty-fifth session's start and last builds)",
    ),
    (
        "ordinary156",
        "unseen156_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-fifty-sixth unseen batch (measured once with the thirty-fifth session's start and last builds)",
    ),
    (
        "ordinary157",
        "unseen157_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-fifty-seventh unseen batch (measured once with the thirty-sixth session's start and last builds)",
    ),
    (
        "ordinary158",
        "unseen158_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-fifty-eighth unseen batch (measured once with the thirty-sixth session's start and last builds)",
    ),
    (
        "ordinary159",
        "unseen159_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-fifty-ninth unseen batch (measured once with the thirty-sixth session's start and last builds)",
    ),
    (
        "ordinary160",
        "unseen160_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-sixtieth unseen batch (measured once with the thirty-sixth session's start and last builds)",
    ),
    (
        "ordinary161",
        "unseen161_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-sixty-first unseen batch (measured once with the thirty-sixth session's start and last builds)",
    ),
    (
        "ordinary162",
        "unseen162_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-sixty-second unseen batch (measured once with the thirty-sixth session's start and last builds)",
    ),
    (
        "ordinary163",
        "unseen163_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-sixty-third unseen batch (measured once with the thirty-sixth session's start and last builds)",
    ),
    (
        "ordinary164",
        "unseen164_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-sixty-fourth unseen batch (measured once with the thirty-sixth session's start and last builds)",
    ),
    (
        "ordinary165",
        "unseen165_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-sixty-fifth unseen batch (measured once with the thirty-seventh session's start and last builds)",
    ),
    (
        "ordinary166",
        "unseen166_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-sixty-sixth unseen batch (measured once with the thirty-seventh session's start and last builds)",
    ),
    (
        "ordinary167",
        "unseen167_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-sixty-seventh unseen batch (measured once with the thirty-seventh session's start and last builds)",
    ),
    (
        "ordinary168",
        "unseen168_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-sixty-eighth unseen batch (measured once with the thirty-seventh session's start and last builds)",
    ),
    (
        "ordinary169",
        "unseen169_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-sixty-ninth unseen batch (measured once with the thirty-seventh session's start and last builds)",
    ),
    (
        "ordinary170",
        "unseen170_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-seventieth unseen batch (measured once with the thirty-seventh session's start and last builds)",
    ),
    (
        "ordinary171",
        "unseen171_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-seventy-first unseen batch (measured once with the thirty-seventh session's start and last builds)",
    ),
    (
        "ordinary172",
        "unseen172_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-seventy-second unseen batch (measured once with the thirty-seventh session's start and last builds)",
    ),
    (
        "ordinary173",
        "unseen173_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-seventy-third unseen batch (measured once with the thirty-eighth session's start and last builds)",
    ),
    (
        "ordinary174",
        "unseen174_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-seventy-fourth unseen batch (measured once with the thirty-eighth session's start and last builds)",
    ),
    (
        "ordinary175",
        "unseen175_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-seventy-fifth unseen batch (measured once with the thirty-eighth session's start and last builds)",
    ),
    (
        "ordinary176",
        "unseen176_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-seventy-sixth unseen batch (measured once with the thirty-eighth session's start and last builds)",
    ),
    (
        "ordinary177",
        "unseen177_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-seventy-seventh unseen batch (measured once with the thirty-eighth session's start and last builds)",
    ),
    (
        "ordinary178",
        "unseen178_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-seventy-eighth unseen batch (measured once with the thirty-eighth session's start and last builds)",
    ),
    (
        "ordinary179",
        "unseen179_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-seventy-ninth unseen batch (measured once with the thirty-eighth session's start and last builds)",
    ),
    (
        "ordinary180",
        "unseen180_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-eightieth unseen batch (measured once with the thirty-eighth session's start and last builds)",
    ),
    (
        "ordinary181",
        "unseen181_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-eighty-first unseen batch (measured once with the thirty-ninth session's start and last builds)",
    ),
    (
        "ordinary182",
        "unseen182_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-eighty-second unseen batch (measured once with the thirty-ninth session's start and last builds)",
    ),
    (
        "ordinary183",
        "unseen183_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-eighty-third unseen batch (measured once with the thirty-ninth session's start and last builds)",
    ),
    (
        "ordinary184",
        "unseen184_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-eighty-fourth unseen batch (measured once with the thirty-ninth session's start and last builds)",
    ),
    (
        "ordinary185",
        "unseen185_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-eighty-fifth unseen batch (measured once with the thirty-ninth session's start and last builds)",
    ),
    (
        "ordinary186",
        "unseen186_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-eighty-sixth unseen batch (measured once with the thirty-ninth session's start and last builds)",
    ),
    (
        "ordinary187",
        "unseen187_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-eighty-seventh unseen batch (measured once with the thirty-ninth session's start and last builds)",
    ),
    (
        "ordinary188",
        "unseen188_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-eighty-eighth unseen batch (measured once with the thirty-ninth session's start and last builds)",
    ),
    (
        "ordinary189",
        "unseen189_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-eighty-ninth unseen batch (measured once with the fortieth session's start and last builds)",
    ),
    (
        "ordinary190",
        "unseen190_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-ninetieth unseen batch (measured once with the fortieth session's start and last builds)",
    ),
    (
        "ordinary191",
        "unseen191_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-ninety-first unseen batch (measured once with the fortieth session's start and last builds)",
    ),
    (
        "ordinary192",
        "unseen192_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-ninety-second unseen batch (measured once with the fortieth session's start and last builds)",
    ),
    (
        "ordinary193",
        "unseen193_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-ninety-third unseen batch (measured once with the fortieth session's start and last builds)",
    ),
    (
        "ordinary194",
        "unseen194_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-ninety-fourth unseen batch (measured once with the fortieth session's start and last builds)",
    ),
    (
        "ordinary195",
        "unseen195_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-ninety-fifth unseen batch (measured once with the fortieth session's start and last builds)",
    ),
    (
        "ordinary196",
        "unseen196_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-ninety-sixth unseen batch (measured once with the fortieth session's start and last builds)",
    ),
    (
        "ordinary197",
        "unseen197_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-ninety-seventh unseen batch (measured once with the fortieth session's first build and with its builds before and after its fourth red-line round)",
    ),
    (
        "ordinary198",
        "unseen198_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-ninety-eighth unseen batch (measured once with the fortieth session's first build and with its builds before and after its fourth red-line round)",
    ),
    (
        "ordinary199",
        "unseen199_ordinary.txt",
        "Invented ordinary news in real countries written with the hundred-and-ninety-ninth unseen batch (measured once with the fortieth session's first build and with its builds before and after its fourth red-line round)",
    ),
    (
        "ordinary200",
        "unseen200_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundredth unseen batch (measured once with the fortieth session's first build and with its builds before and after its fourth red-line round)",
    ),
    (
        "ordinary201",
        "unseen201_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-first unseen batch (measured once with the fortieth session's first build and with its builds before and after its fourth red-line round)",
    ),
    (
        "ordinary202",
        "unseen202_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-second unseen batch (measured once with the fortieth session's first build and with its builds before and after its fourth red-line round)",
    ),
    (
        "ordinary203",
        "unseen203_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-third unseen batch (measured once with the fortieth session's first build and with its builds before and after its fourth red-line round)",
    ),
    (
        "ordinary204",
        "unseen204_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-fourth unseen batch (measured once with the fortieth session's first build and with its builds before and after its fourth red-line round)",
    ),
    (
        "ordinary205",
        "unseen205_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-fifth unseen batch (measured once with the forty-first session's first build and with its last)",
    ),
    (
        "ordinary206",
        "unseen206_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-sixth unseen batch (measured once with the forty-first session's first build and with its last)",
    ),
    (
        "ordinary207",
        "unseen207_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-seventh unseen batch (measured once with the forty-first session's first build and with its last)",
    ),
    (
        "ordinary208",
        "unseen208_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-eighth unseen batch (measured once with the forty-first session's first build and with its last)",
    ),
    (
        "ordinary209",
        "unseen209_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-ninth unseen batch (measured once with the forty-first session's first build and with its last)",
    ),
    (
        "ordinary210",
        "unseen210_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-tenth unseen batch (measured once with the forty-first session's first build and with its last)",
    ),
    (
        "ordinary211",
        "unseen211_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-eleventh unseen batch (measured once with the forty-first session's first build and with its last)",
    ),
    (
        "ordinary212",
        "unseen212_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-twelfth unseen batch (measured once with the forty-first session's first build and with its last)",
    ),
    (
        "ordinary213",
        "unseen213_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-thirteenth unseen batch (measured once with the forty-first session's first build and with its last)",
    ),
    (
        "ordinary214",
        "unseen214_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-fourteenth unseen batch (measured once with the forty-first session's first build and with its last)",
    ),
    (
        "ordinary215",
        "unseen215_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-fifteenth unseen batch (measured once with the forty-first session's first build and with its last)",
    ),
    (
        "ordinary216",
        "unseen216_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-sixteenth unseen batch (measured once with the forty-first session's first build and with its last)",
    ),
    (
        "ordinary217",
        "unseen217_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-seventeenth unseen batch (measured once with the forty-first session's first build and with its last)",
    ),
    (
        "ordinary218",
        "unseen218_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-eighteenth unseen batch (measured once with the forty-first session's first build and with its last)",
    ),
    (
        "ordinary219",
        "unseen219_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-nineteenth unseen batch (measured once with the forty-first session's first build and with its last)",
    ),
    (
        "ordinary220",
        "unseen220_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-twentieth unseen batch (measured once with the forty-first session's first build and with its last)",
    ),
    (
        "ordinary221",
        "unseen221_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-twenty-first unseen batch (measured with the forty-second session's first build and with its build after the round's first six parts)",
    ),
    (
        "ordinary222",
        "unseen222_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-twenty-second unseen batch (measured with the forty-second session's first build and with its build after the round's first six parts)",
    ),
    (
        "ordinary223",
        "unseen223_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-twenty-third unseen batch (measured with the forty-second session's first build and with its build after the round's first six parts)",
    ),
    (
        "ordinary224",
        "unseen224_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-twenty-fourth unseen batch (measured with the forty-second session's first build and with its build after the round's first six parts)",
    ),
    (
        "ordinary225",
        "unseen225_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-twenty-fifth unseen batch (measured with the forty-second session's first build and with its build after the round's first six parts)",
    ),
    (
        "ordinary226",
        "unseen226_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-twenty-sixth unseen batch (measured with the forty-second session's first build and with its build after the round's first six parts)",
    ),
    (
        "ordinary227",
        "unseen227_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-twenty-seventh unseen batch (measured with the forty-second session's first build and with its build after the round's first six parts)",
    ),
    (
        "ordinary228",
        "unseen228_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-twenty-eighth unseen batch (measured with the forty-second session's first build and with its build after the round's first six parts)",
    ),
    (
        "ordinary229",
        "unseen229_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-twenty-ninth unseen batch (measured once with the forty-second session's first build and with its last)",
    ),
    (
        "ordinary230",
        "unseen230_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-thirtieth unseen batch (measured once with the forty-second session's first build and with its last)",
    ),
    (
        "ordinary231",
        "unseen231_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-thirty-first unseen batch (measured once with the forty-second session's first build and with its last)",
    ),
    (
        "ordinary232",
        "unseen232_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-thirty-second unseen batch (measured once with the forty-second session's first build and with its last)",
    ),
    (
        "ordinary233",
        "unseen233_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-thirty-third unseen batch (measured once with the forty-second session's first build and with its last)",
    ),
    (
        "ordinary234",
        "unseen234_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-thirty-fourth unseen batch (measured once with the forty-second session's first build and with its last)",
    ),
    (
        "ordinary235",
        "unseen235_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-thirty-fifth unseen batch (measured once with the forty-second session's first build and with its last)",
    ),
    (
        "ordinary236",
        "unseen236_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-thirty-sixth unseen batch (measured once with the forty-second session's first build and with its last)",
    ),
    (
        "ordinary237",
        "unseen237_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-thirty-seventh unseen batch (measured with the forty-third session's first build and with its build after the round's first part)",
    ),
    (
        "ordinary238",
        "unseen238_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-thirty-eighth unseen batch (measured with the forty-third session's first build and with its build after the round's first part)",
    ),
    (
        "ordinary239",
        "unseen239_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-thirty-ninth unseen batch (measured with the forty-third session's first build and with its build after the round's first part)",
    ),
    (
        "ordinary240",
        "unseen240_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-fortieth unseen batch (measured with the forty-third session's first build and with its build after the round's first part)",
    ),
    (
        "ordinary241",
        "unseen241_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-forty-first unseen batch (measured with the forty-third session's first build and with its build after the round's first part)",
    ),
    (
        "ordinary242",
        "unseen242_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-forty-second unseen batch (measured with the forty-third session's first build and with its build after the round's first part)",
    ),
    (
        "ordinary243",
        "unseen243_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-forty-third unseen batch (measured with the forty-third session's first build and with its build after the round's first part)",
    ),
    (
        "ordinary244",
        "unseen244_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-forty-fourth unseen batch (measured with the forty-third session's first build and with its build after the round's first part)",
    ),
    (
        "ordinary245",
        "unseen245_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-forty-fifth unseen batch (measured once with the forty-third session's first build and with its last)",
    ),
    (
        "ordinary246",
        "unseen246_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-forty-sixth unseen batch (measured once with the forty-third session's first build and with its last)",
    ),
    (
        "ordinary247",
        "unseen247_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-forty-seventh unseen batch (measured once with the forty-third session's first build and with its last)",
    ),
    (
        "ordinary248",
        "unseen248_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-forty-eighth unseen batch (measured once with the forty-third session's first build and with its last)",
    ),
    (
        "ordinary249",
        "unseen249_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-forty-ninth unseen batch (measured once with the forty-third session's first build and with its last)",
    ),
    (
        "ordinary250",
        "unseen250_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-fiftieth unseen batch (measured once with the forty-third session's first build and with its last)",
    ),
    (
        "ordinary251",
        "unseen251_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-fifty-first unseen batch (measured once with the forty-third session's first build and with its last)",
    ),
    (
        "ordinary252",
        "unseen252_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-fifty-second unseen batch (measured once with the forty-third session's first build and with its last)",
    ),
    (
        "ordinary253",
        "unseen253_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-fifty-third unseen batch (measured with the forty-fourth session's first build and with its build after the round's first part)",
    ),
    (
        "ordinary254",
        "unseen254_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-fifty-fourth unseen batch (measured with the forty-fourth session's first build and with its build after the round's first part)",
    ),
    (
        "ordinary255",
        "unseen255_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-fifty-fifth unseen batch (measured with the forty-fourth session's first build and with its build after the round's first part)",
    ),
    (
        "ordinary256",
        "unseen256_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-fifty-sixth unseen batch (measured with the forty-fourth session's first build and with its build after the round's first part)",
    ),
    (
        "ordinary257",
        "unseen257_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-fifty-seventh unseen batch (measured with the forty-fourth session's first build and with its build after the round's first part)",
    ),
    (
        "ordinary258",
        "unseen258_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-fifty-eighth unseen batch (measured with the forty-fourth session's first build and with its build after the round's first part)",
    ),
    (
        "ordinary259",
        "unseen259_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-fifty-ninth unseen batch (measured with the forty-fourth session's first build and with its build after the round's first part)",
    ),
    (
        "ordinary260",
        "unseen260_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-sixtieth unseen batch (measured with the forty-fourth session's first build and with its build after the round's first part)",
    ),
    (
        "ordinary261",
        "unseen261_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-sixty-first unseen batch (measured once with the forty-fourth session's first build and with its build before the model was retrained on them)",
    ),
    (
        "ordinary262",
        "unseen262_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-sixty-second unseen batch (measured once with the forty-fourth session's first build and with its build before the model was retrained on them)",
    ),
    (
        "ordinary263",
        "unseen263_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-sixty-third unseen batch (measured once with the forty-fourth session's first build and with its build before the model was retrained on them)",
    ),
    (
        "ordinary264",
        "unseen264_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-sixty-fourth unseen batch (measured once with the forty-fourth session's first build and with its build before the model was retrained on them)",
    ),
    (
        "ordinary265",
        "unseen265_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-sixty-fifth unseen batch (measured once with the forty-fourth session's first build and with its build before the model was retrained on them)",
    ),
    (
        "ordinary266",
        "unseen266_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-sixty-sixth unseen batch (measured once with the forty-fourth session's first build and with its build before the model was retrained on them)",
    ),
    (
        "ordinary267",
        "unseen267_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-sixty-seventh unseen batch (measured once with the forty-fourth session's first build and with its build before the model was retrained on them)",
    ),
    (
        "ordinary268",
        "unseen268_ordinary.txt",
        "Invented ordinary news in real countries written with the two-hundred-and-sixty-eighth unseen batch (measured once with the forty-fourth session's first build and with its build before the model was retrained on them)",
    ),
];

/// Writes every invented article to `dir` as `NAME.txt`, for another build to analyse.
pub fn write(dir: &Path) {
    std::fs::create_dir_all(dir).expect("the folder can be made");
    let all = MARKED.iter().chain(&ORDINARY).map(|(name, file, _)| articles(name, &data(file)));
    for a in all.flatten() {
        std::fs::write(dir.join(format!("{}.txt", a.name)), format!("{}\n", a.text)).expect("the file can be written");
    }
    println!("wrote the invented articles to {}", dir.display());
}

/// Prints recall and precision on each marked batch of [`MARKED`] and the wrong highlights of
/// each set of [`ORDINARY`]. `marked_files` and `ordinary_files` are texts kept outside the
/// repository (real news that may not be copied into it), read the same way and reported after
/// the invented ones.
pub fn report(
    hits: &Hits,
    misses: bool,
    marked_files: &[PathBuf],
    ordinary_files: &[PathBuf],
    accounts: &mut Accounts,
) {
    let mut notes = Vec::new();
    for (name, file, label) in MARKED {
        marked(label, &articles(name, &data(file)), hits, &mut notes, accounts);
    }
    for (name, file, label) in ORDINARY {
        ordinary(label, &articles(name, &data(file)), hits, &mut notes, accounts);
    }
    for file in marked_files {
        let (name, text) = external(file);
        let heading = format!("{} (outside the repository)", file.display());
        marked(&heading, &articles(&name, &text), hits, &mut notes, accounts);
    }
    for file in ordinary_files {
        let (name, text) = external(file);
        let heading = format!("{} (outside the repository)", file.display());
        ordinary(&heading, &articles(&name, &text), hits, &mut notes, accounts);
    }
    if misses {
        println!();
        notes.iter().for_each(|n| println!("{n}"));
    }
}

/// A file given on the command line: its stem (the articles' name prefix) and text.
fn external(file: &Path) -> (String, String) {
    let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    let stem = file.file_stem().map_or("external".to_string(), |s| s.to_string_lossy().into_owned());
    (stem, text)
}

/// The highlights of `hits` on ordinary news (all wrong), per ten paragraphs, under `heading`.
fn ordinary(heading: &str, ordinary: &[Article], hits: &Hits, notes: &mut Vec<String>, accounts: &mut Accounts) {
    let paragraphs: usize = ordinary.iter().map(|a| a.text.split("\n\n").count()).sum();
    let mut wrong = 0;
    for a in ordinary {
        for h in hits.of(&a.name, &a.text) {
            wrong += 1;
            accounts.of(&h.cue).ordinary += 1;
            notes.push(format!("{} {} ({}): {}", a.name, tag_of(&h.category), h.cue, context(&a.text, h.start, h.end)));
        }
    }
    println!(
        "\n{heading}: {} articles, {paragraphs} paragraphs, {wrong} highlights (all wrong): {:.1} per ten articles, \
         {:.1} per ten paragraphs",
        ordinary.len(),
        10.0 * wrong as f64 / ordinary.len().max(1) as f64,
        10.0 * wrong as f64 / paragraphs.max(1) as f64
    );
}

/// Recall and precision of `hits` on marked articles, as a table under `heading`; misses and
/// wrong hits go to `notes`.
fn marked(heading: &str, diplomatic: &[Article], hits: &Hits, notes: &mut Vec<String>, accounts: &mut Accounts) {
    let mut expected: BTreeMap<String, (usize, usize)> = BTreeMap::new(); // tag → (marked, hit)
    let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
    // marks overlapped by a hit of any category, and hits overlapping a mark of any category
    let (mut found_any, mut right_any) = (0, 0);
    for a in diplomatic {
        let found = hits.of(&a.name, &a.text);
        let overlaps = |h: &crate::Hit, m: &Mark| h.start < m.end && m.start < h.end;
        found_any += a.marks.iter().filter(|m| m.tag != "?" && found.iter().any(|h| overlaps(h, m))).count();
        right_any += found.iter().filter(|h| a.marks.iter().any(|m| overlaps(h, m))).count();
        for m in a.marks.iter().filter(|m| m.tag != "?") {
            let hit = found.iter().any(|h| h.start < m.end && m.start < h.end && tag_of(&h.category) == m.tag);
            let e = expected.entry(m.tag.clone()).or_default();
            e.0 += 1;
            e.1 += usize::from(hit);
            if !hit {
                let other: Vec<String> = found
                    .iter()
                    .filter(|h| h.start < m.end && m.start < h.end)
                    .map(|h| format!("{} {}", tag_of(&h.category), &a.text[h.start..h.end]))
                    .collect();
                notes.push(format!(
                    "{} missed {}: {}   (overlapped by: {})",
                    a.name,
                    m.tag,
                    &a.text[m.start..m.end],
                    other.join(", ")
                ));
            }
        }
        for h in &found {
            let t = tallies.entry(h.category.clone()).or_default();
            t.hits += 1;
            let right = a
                .marks
                .iter()
                .any(|m| h.start < m.end && m.start < h.end && (m.tag == "?" || m.tag == tag_of(&h.category)));
            let account = accounts.of(&h.cue);
            if right {
                t.right += 1;
                account.right += 1;
            } else {
                t.wrong += 1;
                if a.marks.iter().any(|m| overlaps(h, m)) {
                    account.other_category += 1;
                } else {
                    account.unmarked += 1;
                }
                notes.push(format!(
                    "{} wrong {} ({}): {}",
                    a.name,
                    tag_of(&h.category),
                    h.cue,
                    context(&a.text, h.start, h.end)
                ));
            }
        }
    }
    let (marked, hit) = expected.values().fold((0, 0), |a, e| (a.0 + e.0, a.1 + e.1));
    println!("\n{heading}: {} articles, {marked} marked phrases", diplomatic.len());
    println!("\n| category | marked | hit by its own category | recall | hits | right | precision |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    let names: Vec<String> = tallies.keys().cloned().collect();
    for name in &names {
        let tag = tag_of(name);
        let (m, h) = expected.get(tag).copied().unwrap_or_default();
        let t = tallies[name];
        let recall = if m == 0 { "—".to_string() } else { format!("{:.1}%", 100.0 * h as f64 / m as f64) };
        println!("| {name} | {m} | {h} | {recall} | {} | {} | {} |", t.hits, t.right, t.precision());
    }
    for (tag, (m, _)) in expected.iter().filter(|(t, _)| !names.iter().any(|n| tag_of(n) == t.as_str())) {
        println!("| {} | {m} | 0 | 0.0% | 0 | 0 | — |", name_of(tag));
    }
    let all = tallies.values().fold(Tally::default(), |a, t| Tally {
        hits: a.hits + t.hits,
        right: a.right + t.right,
        wrong: a.wrong + t.wrong,
    });
    let recall = 100.0 * hit as f64 / marked.max(1) as f64;
    println!("| all | {marked} | {hit} | {recall:.1}% | {} | {} | {} |", all.hits, all.right, all.precision());
    println!(
        "\nwhatever the category: {:.1}% of the marked phrases hit, {:.1}% of the hits on a marked phrase",
        100.0 * found_any as f64 / marked.max(1) as f64,
        100.0 * right_any as f64 / all.hits.max(1) as f64
    );
}
