//! Recognition and merging, one row per case. Texts are made up: the rules must hold on any
//! article, so no row copies the corpus.

use crate::engine::{EntityKind, Options, digest};

use EntityKind::{Org, Person, Place};

/// The entities of `text` as (kind, name, aliases), most prominent first.
fn entities(text: &str) -> Vec<(EntityKind, String, Vec<String>)> {
    digest(text, &Options::default())
        .entities
        .into_iter()
        .map(|e| (e.kind, e.name, e.aliases))
        .collect()
}

fn find(text: &str, name: &str) -> Option<(EntityKind, Vec<String>)> {
    entities(text).into_iter().find(|(_, n, _)| n == name).map(|(k, _, a)| (k, a))
}

/// A body paragraph after a headline, so the text reads as an article.
fn article(body: &str) -> String {
    format!("A headline about the news of the day\n\n{body}")
}

#[test]
fn names_are_typed_by_gazetteer_heads_and_context() {
    let cases: &[(&str, &str, &str, Option<EntityKind>)] = &[
        ("country", "Officials in Peru said nothing.", "Peru", Some(Place)),
        ("city", "Talks were held in Nairobi on Monday.", "Nairobi", Some(Place)),
        ("first-level region", "Floods hit Bavaria on Monday.", "Bavaria", Some(Place)),
        ("island region", "The tour of the West Indies ended.", "West Indies", Some(Place)),
        ("country by its initials", "Exports from NZ rose in May.", "New Zealand", Some(Place)),
        (
            "a ground is a place",
            "Crowds filled the Vessby Cricket Ground.",
            "Vessby Cricket Ground",
            Some(Place),
        ),
        ("region without its kind", "Troops left Sverdlovsk on Monday.", "Sverdlovsk", Some(Place)),
        ("province", "Roads in Quang Ngai Province were cut.", "Quang Ngai Province", Some(Place)),
        ("region", "Trade across the Middle East slowed.", "Middle East", Some(Place)),
        (
            "known organisation",
            "The IMF cut its forecast.",
            "International Monetary Fund",
            Some(Org),
        ),
        (
            "role before a name",
            "It was signed by President Anna Vick today.",
            "Anna Vick",
            Some(Person),
        ),
        (
            "lower-case role",
            "said campaign chief Oren Talby on Sunday.",
            "Oren Talby",
            Some(Person),
        ),
        ("honorific", "Later Mr Pelko declined to comment.", "Pelko", Some(Person)),
        (
            "organisation head",
            "The Agrarian Workers Party won.",
            "Agrarian Workers Party",
            Some(Org),
        ),
        (
            "head with of",
            "She studied at the University of Tromso.",
            "University of Tromso",
            Some(Org),
        ),
        ("ministry", "A Defence Ministry official spoke.", "Defence Ministry", Some(Org)),
        (
            "facility",
            "They played at the Marlow Stadium in the rain.",
            "Marlow Stadium",
            Some(Place),
        ),
        ("-based", "Velo, a Brenton-based maker of bikes, grew.", "Brenton", Some(Place)),
        ("apposition org", "It bought Quillo, a software company, last year.", "Quillo", Some(Org)),
        ("acronym", "The deal was approved by the XKRA on Friday.", "XKRA", Some(Org)),
        (
            "valley",
            "Fighting spread in the southern Ostra valley overnight.",
            "Ostra valley",
            Some(Place),
        ),
        ("demonym is not an entity", "Kyrgyz forces and Russian troops met.", "Kyrgyz", None),
        (
            "demonym navy is an organisation",
            "The Chilean navy rescued them.",
            "Chilean navy",
            Some(Org),
        ),
        (
            "sentence-initial word",
            "Officials say it works. Security remains tight.",
            "Security",
            None,
        ),
        ("sentence-initial compound", "Kara-Tepe has been shelled.", "Kara-Tepe", Some(Org)),
        ("weekday", "On Monday the talks ended.", "Monday", None),
        ("event", "He scored at the World Cup in June.", "World Cup", None),
        ("storm", "Typhoon Mirel hit the coast.", "Typhoon Mirel", None),
        ("common acronym", "Sales of SUVs rose.", "SUVs", None),
        ("thing after a name", "The Velto Index report was bleak.", "Velto Index", None),
    ];
    for (what, body, name, kind) in cases {
        let found = find(&article(body), name).map(|(k, _)| k);
        assert_eq!(found, *kind, "{what}: {name} in {body:?} ({:?})", entities(&article(body)));
    }
}

#[test]
fn forms_of_one_name_are_merged() {
    let cases: &[(&str, &str, &str, &[&str])] = &[
        (
            "surname",
            "President Marta Kovalenko won. Critics said Kovalenko cheated. Kovalenko's party agreed.",
            "Marta Kovalenko",
            &["Kovalenko"],
        ),
        (
            "acronym defined in brackets",
            "The Baltic Fisheries Council (BFC) met. The BFC said quotas would fall.",
            "Baltic Fisheries Council",
            &["BFC"],
        ),
        (
            "acronym by initials",
            "The Nordic Grain Authority warned farmers. Later the NGA said prices would rise.",
            "Nordic Grain Authority",
            &["NGA"],
        ),
        (
            "British and US spellings, word order",
            "The Organisation for Security and Co-operation in Europe criticised the vote. \
             The Organization for Cooperation and Security in Europe said so.",
            "Organization for Security and Cooperation in Europe",
            &[
                "Organisation for Security and Co-operation in Europe",
                "Organization for Cooperation and Security in Europe",
            ],
        ),
        (
            "transliteration",
            "Opposition leader Rustam Nazarbaev spoke. Rustam Nazarbayev later left.",
            "Rustam Nazarbaev",
            &["Rustam Nazarbayev"],
        ),
        ("possessive", "Peru's government fell. Peru voted.", "Peru", &[]),
        (
            "country forms",
            "The U.S. agreed. The United States and the US said so.",
            "United States",
            &["U.S.", "US"],
        ),
        (
            "country prefix of an organisation",
            "The U.S. Forest Service said fires spread. The Forest Service asked for help.",
            "U.S. Forest Service",
            &["Forest Service"],
        ),
    ];
    for (what, body, name, aliases) in cases {
        let text = article(body);
        let found = find(&text, name).map(|(_, a)| a);
        let expected: Vec<String> = aliases.iter().map(|a| a.to_string()).collect();
        assert_eq!(found, Some(expected), "{what}: {:?}", entities(&text));
    }
}

#[test]
fn long_names_titles_and_context_generalise() {
    let cases: &[(&str, &str, &str, Option<EntityKind>)] = &[
        (
            "connectors inside a headed name",
            "The Institute for Study of Rare Tropical Diseases warned on Monday that cases were rising.",
            "Institute for Study of Rare Tropical Diseases",
            Some(Org),
        ),
        (
            "and after a head's connector",
            "The Committee on Fisheries and Forestry met on Friday.",
            "Committee on Fisheries and Forestry",
            Some(Org),
        ),
        (
            "office named after its jurisdiction",
            "The Ohio State Attorney General is investigating the deal.",
            "Ohio State Attorney General",
            Some(Org),
        ),
        (
            "company word opening a sentence",
            "Chipmaker Vextron said sales rose.",
            "Vextron",
            Some(Org),
        ),
        ("capital inside a word", "Rivals of DataNest cut prices.", "DataNest", Some(Org)),
        (
            "listed with a known company",
            "Suppliers to Google and Zentrix said so.",
            "Zentrix",
            Some(Org),
        ),
        (
            "listed with known places",
            "Rain fell in Ontario, Velmora and Quebec.",
            "Velmora",
            Some(Place),
        ),
        ("county of", "It hit the coastal county of Marrowby at night.", "Marrowby", Some(Place)),
        ("wrote for", "She wrote for ‘Open Quill’, a blog on books.", "Open Quill", Some(Org)),
        ("shouted lead word", "A TOP-secret panel met the editors.", "TOP", None),
        ("shouted function word", "AS Premier Dana Kell said, talks failed.", "AS", None),
        (
            "name after a shouted lead",
            "AS Premier Dana Kell said, talks failed.",
            "Dana Kell",
            Some(Person),
        ),
        (
            "title before a name",
            "Federal Police Commissioner Ana Morve spoke.",
            "Ana Morve",
            Some(Person),
        ),
        ("portfolio before an office", "Transport Minister Ilse Varn spoke.", "Transport", None),
        (
            "link text is read",
            "- [Talks in Peru stalled](http://example.com/a) today.",
            "Peru",
            Some(Place),
        ),
        (
            "link target is not",
            "- [Talks in Peru stalled](http://example.com/a) today.",
            "Peru](http:",
            None,
        ),
        (
            "image alt text is not read",
            "Crowds gathered.\n\n![Crowds in Lomavista Square](http://example.com/y.jpg)\n\nThey left.",
            "Lomavista Square",
            None,
        ),
        ("compass before a demonym", "The South Asian summit ended early.", "South", None),
        ("hyphenated demonyms", "Many Asian-American voters spoke.", "Asian-American", None),
        ("a region as a beat", "Her Middle East editor said so.", "Middle East", None),
        (
            "institution's building",
            "He spoke at the White House on Monday.",
            "White House",
            Some(Place),
        ),
        ("-based after an acronym", "A US-based blogger wrote it.", "US-based", None),
        (
            "common noun written with a capital",
            "The cobalt market is tight. Demand for cobalt grew. Cobalt prices rose.",
            "Cobalt",
            None,
        ),
        (
            "abbreviation of a lower-case phrase",
            "Cases of chronic wasting disease grew. Vets said CWD is fatal.",
            "CWD",
            None,
        ),
        (
            "a study is a thing",
            "The National Soil Health Study found little.",
            "National Soil Health Study",
            None,
        ),
        ("a party", "Labour voters backed the plan on Friday.", "Labour Party", Some(Org)),
        ("a state of a federation", "Floods hit Manitoba on Monday.", "Manitoba", Some(Place)),
    ];
    for (what, body, name, kind) in cases {
        let found = find(&article(body), name).map(|(k, _)| k);
        assert_eq!(found, *kind, "{what}: {name} in {body:?} ({:?})", entities(&article(body)));
    }
}

#[test]
fn titles_suffixes_and_slips_do_not_split_one_thing() {
    let cases: &[(&str, &str, &str, &[&str])] = &[
        (
            "company suffixes",
            "Markets cheered Vextron Group Corp on Friday. Vextron said later that it would grow.",
            "Vextron Group Corp",
            &["Vextron"],
        ),
        (
            "surname after a title",
            "Transport Minister Ilse Varn spoke. Critics said Varn was wrong.",
            "Ilse Varn",
            &["Varn"],
        ),
        (
            "misspelt surname",
            "Ines Harkmann, a spokeswoman, spoke. \"No,\" Ms Harkman said.",
            "Ines Harkmann",
            &["Harkman"],
        ),
        (
            "a surname listed with a place",
            "President Lena Ostrova flew in. Talks with Ostrova and Peru went well.",
            "Lena Ostrova",
            &["Ostrova"],
        ),
        (
            "word order of a long name",
            "The Agency for Trade and Industry spoke. The Trade and Industry Agency agreed.",
            "Agency for Trade and Industry",
            &["Trade and Industry Agency"],
        ),
    ];
    for (what, body, name, aliases) in cases {
        let text = article(body);
        let found = find(&text, name).map(|(_, a)| a);
        let expected: Vec<String> = aliases.iter().map(|a| a.to_string()).collect();
        assert_eq!(found, Some(expected), "{what}: {:?}", entities(&text));
    }
}

#[test]
fn roles_are_attached_to_people() {
    let text = article(
        "Prime Minister Lena Ostrova met opposition leader Ivo Dran. \"We agree,\" said Ivo Dran. \
         Petra Lind, a CEC official, disagreed.",
    );
    let d = digest(&text, &Options::default());
    let roles = |name: &str| d.entities.iter().find(|e| e.name == name).map(|e| e.roles.clone());
    assert_eq!(roles("Lena Ostrova"), Some(vec!["Prime Minister".to_owned()]));
    assert_eq!(roles("Ivo Dran"), Some(vec!["opposition leader".to_owned()]));
    assert_eq!(roles("Petra Lind"), Some(vec!["CEC official".to_owned()]));
}

#[test]
fn bylines_chrome_and_datelines_are_read_as_the_gold_reads_them() {
    let text = "Share this\n\nHeadline about a vote in the capital\n\nBy Jana Roe\n\nOSLO, May 2 (Reuters) - Officials counted votes in Norway.";
    let found = entities(text);
    let names: Vec<&str> = found.iter().map(|(_, n, _)| n.as_str()).collect();
    assert!(
        names.contains(&"Oslo") && names.contains(&"Reuters") && names.contains(&"Norway"),
        "{names:?}"
    );
    assert!(!names.iter().any(|n| n.contains("Jana")), "the reporter is not an entity: {names:?}");
}

#[test]
fn mentions_cover_every_form_and_the_index_is_ordered() {
    let text = article("Minister Ada Borel spoke. Borel left. Then Borel returned to Lyon.");
    let d = digest(&text, &Options::default());
    let borel = d.entities.iter().find(|e| e.name == "Ada Borel").expect("merged");
    let written: Vec<&str> = borel.mentions.iter().map(|m| m.span.of(&text)).collect();
    assert_eq!(written, ["Ada Borel", "Borel", "Borel"]);
    assert_eq!(d.entities[0].name, "Ada Borel", "most prominent first");
    let index = d.entity_mentions();
    assert_eq!(index.len(), 4);
    assert!(index.windows(2).all(|w| w[0].0 < w[1].0));
}

#[test]
fn no_input_panics() {
    for text in
        ["", " ", "A", "(", "\"", "U.S.", "-- --", "É. Ü'S", "Mr.", "The (THE) the", "A-B-C/D/E"]
    {
        let _ = digest(text, &Options::default());
    }
}

/// Rule classes measured on public suites (issue 20), one named row each: the name as a whole,
/// its kind, and names that must not appear beside it.
#[test]
fn names_keep_initials_particles_hyphens_and_possessives() {
    type Row<'a> = (&'a str, &'a str, &'a str, EntityKind, &'a [&'a str]);
    let rows: &[Row] = &[
        (
            "middle initial",
            "The fund is run by Mary K. Lowe, who joined last year.",
            "Mary K. Lowe",
            Person,
            &["Lowe", "Mary"],
        ),
        (
            "abbreviation opening a place",
            "The convoy reached St. Louis on Monday after a long drive.",
            "St. Louis",
            Place,
            &["St", "Louis"],
        ),
        (
            "abbreviation before a given name",
            "The yacht anchored off St. Martin for the night.",
            "St. Martin",
            Place,
            &["St", "Martin"],
        ),
        (
            "abbreviation opening a firm's town",
            "Acme bought Vellor Pharmaceuticals Inc of St. Petersburg, Florida, on Friday.",
            "Vellor Pharmaceuticals Inc",
            Org,
            &["St", "Petersburg", "Vellor Pharmaceuticals Inc of St"],
        ),
        (
            "leading initial",
            "The bowler C. Hanley took three wickets on Friday.",
            "C. Hanley",
            Person,
            &["Hanley"],
        ),
        (
            "particles van der",
            "The winner was Gerrit van der Molen, who led from the start.",
            "Gerrit van der Molen",
            Person,
            &["Gerrit", "Molen"],
        ),
        (
            "particle da",
            "Talks were led by Luiz da Serra, the envoy.",
            "Luiz da Serra",
            Person,
            &["Serra"],
        ),
        (
            "hyphened particle al-",
            "The court heard Karim al-Nouri on Monday.",
            "Karim al-Nouri",
            Person,
            &["Nouri"],
        ),
        (
            "second syllable after a hyphen",
            "Leader Pak Sung-il visited the port on Monday.",
            "Pak Sung-il",
            Person,
            &["Pak Sung"],
        ),
        (
            "curly possessive inside an organisation",
            "The Workers’ Bank of Norland cut its rate on Monday.",
            "Workers’ Bank of Norland",
            Org,
            &["Bank of Norland"],
        ),
        (
            "straight possessive inside an organisation",
            "Doctors at the Children's Hospital of Vess said so.",
            "Children's Hospital of Vess",
            Org,
            &["Hospital of Vess"],
        ),
        (
            "possessive after a country",
            "Russia's army said on Monday it had pulled back.",
            "Russia",
            Place,
            &["Russia's"],
        ),
    ];
    for &(name, text, whole, kind, absent) in rows {
        let found = entities(&article(text));
        let names: Vec<&str> = found.iter().map(|(_, n, _)| n.as_str()).collect();
        let hit = found.iter().find(|(_, n, _)| n == whole);
        assert_eq!(hit.map(|(k, _, _)| *k), Some(kind), "{name}: {whole} in {names:?}");
        for part in absent {
            assert!(!names.contains(part), "{name}: {part} apart in {names:?}");
        }
    }
}

/// Roles, credits, page words and buildings, one named row each: names expected (with their
/// kind) and strings that must be no entity's name.
#[test]
fn roles_credits_page_words_and_buildings_are_read_apart() {
    type Row<'a> = (&'a str, &'a str, &'a [(&'a str, EntityKind)], &'a [&'a str]);
    let rows: &[Row] = &[
        (
            "job word before a name",
            "Goalkeeper Tom Halvard saved twice on Saturday.",
            &[("Tom Halvard", Person)],
            &["Goalkeeper Tom Halvard"],
        ),
        (
            "deputy and an office",
            "Deputy Ombudsman Lena Fiskum said the report was late.",
            &[("Lena Fiskum", Person)],
            &["Ombudsman Lena Fiskum", "Deputy Ombudsman Lena Fiskum"],
        ),
        (
            "position abbreviation glued before a name",
            "Vessby DL Sheldon Rowe was fined on Monday.",
            &[("Sheldon Rowe", Person)],
            &["Vessby DL Sheldon Rowe", "Vessby"],
        ),
        (
            "a company's form opening its name is no label",
            "Shares in PT Vessa Tambo rose on Monday.",
            &[],
            &["PT", "Vessa Tambo"],
        ),
        (
            "menu words in a sentence",
            "Readers can find the Privacy Policy and Terms of Use below, said Ana Vosk.",
            &[("Ana Vosk", Person)],
            &["Privacy Policy", "Terms of Use"],
        ),
        (
            "a museum is a place",
            "The paintings went on show at the Norland Museum on Monday.",
            &[("Norland Museum", Place)],
            &[],
        ),
        (
            "a cricket ground is a place",
            "The match at the Vessby Cricket Oval was called off.",
            &[("Vessby Cricket Oval", Place)],
            &[],
        ),
    ];
    for &(name, text, expected, absent) in rows {
        let found = entities(&article(text));
        let names: Vec<&str> = found.iter().map(|(_, n, _)| n.as_str()).collect();
        for &(whole, kind) in expected {
            let hit = found.iter().find(|(_, n, _)| n == whole);
            assert_eq!(hit.map(|(k, _, _)| *k), Some(kind), "{name}: {whole} in {names:?}");
        }
        for bad in absent {
            assert!(!names.contains(bad), "{name}: {bad} in {names:?}");
        }
    }
}

#[test]
fn job_words_become_roles() {
    let text = article("Goalkeeper Tom Halvard saved twice. Deputy Ombudsman Lena Fiskum said so.");
    let d = digest(&text, &Options::default());
    let roles = |name: &str| d.entities.iter().find(|e| e.name == name).map(|e| e.roles.clone());
    assert_eq!(roles("Tom Halvard"), Some(vec!["Goalkeeper".to_owned()]));
    assert_eq!(roles("Lena Fiskum"), Some(vec!["Deputy Ombudsman".to_owned()]));
}

#[test]
fn shouted_words_the_text_also_writes_in_lower_case_are_no_names() {
    type Row<'a> = (&'a str, &'a str, &'a [&'a str], &'a [&'a str]);
    let rows: &[Row] = &[
        (
            "menu word in capitals",
            "VOTE\n\nThe council will vote on the plan, said Ana Vosk of the NTSA.",
            &["Ana Vosk", "NTSA"],
            &["VOTE"],
        ),
        (
            "two shouted words",
            "GET OUT\n\nVoters want to get out of the deal, said Ana Vosk.",
            &["Ana Vosk"],
            &["GET OUT"],
        ),
        (
            "an acronym the text never writes in lower case stays",
            "The NORSA board met. The agency will vote on Monday, said Ana Vosk.",
            &["NORSA", "Ana Vosk"],
            &[],
        ),
    ];
    for &(name, text, present, absent) in rows {
        let found = entities(&article(text));
        let names: Vec<&str> = found.iter().map(|(_, n, _)| n.as_str()).collect();
        for want in present {
            assert!(names.contains(want), "{name}: {want} missing from {names:?}");
        }
        for bad in absent {
            assert!(!names.contains(bad), "{name}: {bad} in {names:?}");
        }
    }
}

#[test]
fn tables_inside_the_article_name_clubs_and_players() {
    let prose = "The league leaders stretched their lead with a late goal on Sunday afternoon.";
    let rows: &[(&str, String, &[(&str, EntityKind)], &[&str])] = &[
        (
            "standings below the article",
            format!(
                "{prose}\n\nStandings after Sunday's games:\n\nHalvorsk 10 4 0 28\n\n\
                 Bristol 9 5 0 27\n\nTarnby 8 6 0 24"
            ),
            &[("Halvorsk", Org), ("Bristol", Org), ("Tarnby", Org)],
            &[],
        ),
        (
            "scores of a round",
            format!("{prose}\n\nHalvorsk 3 Tarnby 1\n\nBristol 2 Vessby 2\n\nOrnwick 0 Delmar 4"),
            &[("Halvorsk", Org), ("Tarnby", Org), ("Bristol", Org), ("Delmar", Org)],
            &[],
        ),
        (
            "a leaderboard of players",
            format!(
                "{prose}\n\nLeading scores:\n\n62 Tomas Varga\n\n64 Ilse Brandt\n\n65 Oren Talby"
            ),
            &[("Tomas Varga", Person)],
            &["Leading"],
        ),
        (
            "a numbered list of results, figures only in some rows",
            "CYCLING - TOUR OF NORLAND RESULTS.\n\nHALVO, Norland 1996-08-31\n\nLeading results of\n\n\
             the final stage of the Tour of Norland on Saturday:\n\n1. Tomas Varga (Norland) \
             Halvo 4 hours 2 mins\n\n2. Ilse Brandt (Vessland) Tarnby same time\n\n3. Oren \
             Talby (Norland) Halvo same time\n\n4. Anton Kessel (Vessland) Delmar"
                .to_owned(),
            &[("Tomas Varga", Person), ("Ilse Brandt", Person), ("Anton Kessel", Person)],
            &["Leading"],
        ),
        (
            "a draw's fixtures",
            "TENNIS - DRAW FOR THE NORLAND CUP.\n\nHALVO 1996-08-31\n\nDraw for the cup, as \
             made on Saturday:\n\nFirst round\n\nNorland at Vessland\n\nTarnby at Halvorsk\n\n\
             Ardmore at Delmar\n\nSecond round\n\nFrance at Japan"
                .to_owned(),
            &[("Vessland", Org), ("Delmar", Org), ("France", Place), ("Japan", Place)],
            &["First"],
        ),
        (
            "a club named after its city beats another",
            "Bristol beat Norwich by two goals to one in the rain on Saturday.".to_owned(),
            &[("Bristol", Org), ("Norwich", Org)],
            &[],
        ),
        (
            "a city in prose stays a place",
            "Crowds in Bristol cheered as the parade passed on Saturday.".to_owned(),
            &[("Bristol", Place)],
            &[],
        ),
        (
            "a city against a lower-case side stays a place",
            "Bristol vs. carmakers: the city sued over the plant on Monday.".to_owned(),
            &[("Bristol", Place)],
            &[],
        ),
        (
            "a side in a match is the club in every mention",
            "Bristol beat Norwich by two goals on Saturday.\n\nThe win in Bristol lifted \
             the side to third."
                .to_owned(),
            &[("Bristol", Org)],
            &[],
        ),
        (
            "one unknown word opening a sentence against another name is a side",
            "At the ground: Halvorsk beat Tarnby by 141 runs on the last day.".to_owned(),
            &[("Halvorsk", Org), ("Tarnby", Org)],
            &[],
        ),
        (
            "a tournament named by its last word is no one",
            "Tomas Varga won the Vessby Open and the Norland Classic this summer.".to_owned(),
            &[("Tomas Varga", Person)],
            &["Vessby Open", "Norland Classic"],
        ),
        (
            "a player's surname in a match stays the player's",
            "Tomas Varga won the final on Sunday.\n\nVarga beat Ilse Brandt in three sets."
                .to_owned(),
            &[("Tomas Varga", Person)],
            &[],
        ),
        (
            "tables go on past the next table's title and column heads",
            format!(
                "{prose}\n\nEASTERN DIVISION\n\nW L PCT GB\n\nBOSTON 74 59 .556 -\n\n\
                 TORONTO 70 63 .526 4\n\nDETROIT 69 65 .515 5\n\nFRIDAY SCHEDULE\n\n\
                 BOSTON AT TORONTO\n\nDETROIT AT DENVER\n\nSEATTLE AT OAKLAND\n\n\
                 WESTERN DIVISION\n\nW L PCT GB\n\nDENVER 75 58 .564 -\n\n\
                 SEATTLE 70 63 .526 5\n\nOAKLAND 64 72 .471 12"
            ),
            &[("Boston", Org), ("Denver", Org), ("Oakland", Org)],
            &[],
        ),
        (
            "a team sheet under the article",
            format!(
                "{prose}\n\nTeams:\n\nHalvorsk - Tomas Varga (captain), Oren Talby, \
                 Ilse Brandt,\n\nMarek Dolan, Anton Vesely."
            ),
            &[("Tomas Varga", Person), ("Oren Talby", Person)],
            &["Teams"],
        ),
        (
            "a list of sources is no table",
            format!(
                "{prose}\n\nSources:\n\nAcme Review, \"Costs of Trade,\" Oct. 15, 2019\n\n\
                 Brix Journal, \"Tariffs Through June,\" Aug. 7, 2019\n\n\
                 Norland Institute, \"The Cost of Delay,\" May 31, 2019"
            ),
            &[],
            &["Costs of Trade", "Tariffs Through June", "Cost of Delay"],
        ),
        (
            "dates and timestamps are no table",
            format!(
                "{prose}\n\nTomas Varga 2019-11-20 14:35\n\n12 November 2019\n\n8 October 2019"
            ),
            &[],
            &["Tomas Varga"],
        ),
    ];
    for (name, text, present, absent) in rows {
        let found = entities(&article(text));
        for &(want, kind) in *present {
            let got = found.iter().find(|(_, n, _)| n == want).map(|(k, _, _)| *k);
            assert_eq!(got, Some(kind), "{name}: {want} in {found:?}");
        }
        for bad in *absent {
            assert!(found.iter().all(|(_, n, _)| n != bad), "{name}: {bad} in {found:?}");
        }
    }
}

#[test]
fn a_wire_date_line_names_its_place_when_layout_found_no_dateline() {
    let rows: &[(&str, &str, &str)] = &[
        (
            "a date line under a sport label",
            "SOCCER - HALVORSK WIN AGAIN.\n\nLONDON 1996-08-30\n\nHalvorsk 3 Tarnby 1\n\n\
             Vessby 0 Ornwick 2\n\nDelmar 1 Brandt 1",
            "London",
        ),
        (
            "a date line with its region",
            "GOLF - LEADING SCORES.\n\nMILWAUKEE, Wisconsin 1996-08-29\n\nLeading scores in\n\n\
             the open after the first round on Thursday:\n\n62 Tomas Varga\n\n64 Ilse Brandt",
            "Milwaukee",
        ),
    ];
    for &(name, text, place) in rows {
        assert_eq!(find(text, place).map(|(k, _)| k), Some(Place), "{name}: {:?}", entities(text));
    }
}

/// The region after a dateline's place is a place too, when the gazetteer knows it; one it
/// does not know is no entity.
#[test]
fn a_datelines_region_is_a_place_when_known() {
    let rows: &[(&str, &str, Option<&str>)] = &[
        (
            "a wire's date line",
            "GOLF - LEADING SCORES.\n\nMILWAUKEE, Wisconsin 1996-08-29\n\nTomas Varga won \
             the open on Thursday in front of a large crowd.",
            Some("Wisconsin"),
        ),
        (
            "a dateline with its agency",
            "Police hold a farmer\n\nHARARE, Zimbabwe (Reuters) - Police held Tomas Varga on \
             Monday after a dispute over land.",
            Some("Zimbabwe"),
        ),
        (
            "a dateline with its date",
            "Police hold a farmer\n\nHARARE, Zimbabwe, May 2 (Reuters) - Police held Tomas \
             Varga on Monday after a dispute over land.",
            Some("Zimbabwe"),
        ),
        (
            "an abbreviated state is left out",
            "Police hold a farmer\n\nLITTLETON, Colo. (AP) - Police held Tomas Varga on \
             Monday after a dispute over land.",
            None,
        ),
    ];
    for &(name, text, region) in rows {
        let found = entities(text);
        match region {
            Some(region) => {
                assert_eq!(find(text, region).map(|(k, _)| k), Some(Place), "{name}: {found:?}");
            }
            None => {
                assert!(!found.iter().any(|(_, n, _)| n.starts_with("Colo")), "{name}: {found:?}")
            }
        }
    }
}

/// An acronym in brackets that the gazetteer knows as another thing is not the short form of
/// the name before it: a dateline's agency stays apart from its place.
#[test]
fn a_known_acronym_in_brackets_is_no_other_names_short_form() {
    let rows: &[(&str, &str, &str, &str)] = &[
        (
            "an agency after a dateline's place",
            "Police hold a farmer\n\nWASHINGTON (AP) - Police held Tomas Varga on Monday \
             after a dispute over land.",
            "Washington",
            "Associated Press",
        ),
        (
            "an agency after its region",
            "Police hold a farmer\n\nHANOI, Vietnam (AP) - Police held Tomas Varga on \
             Monday after a dispute over land.",
            "Vietnam",
            "Associated Press",
        ),
    ];
    for &(name, text, place, agency) in rows {
        let found = entities(text);
        let aliases = find(text, place).map(|(_, a)| a);
        assert!(aliases.is_some_and(|a| !a.iter().any(|x| x == "AP")), "{name}: {found:?}");
        assert_eq!(find(text, agency).map(|(k, _)| k), Some(Org), "{name}: {found:?}");
    }
}

#[test]
fn clubs_named_after_their_towns_are_organisations() {
    let rows: &[(&str, &str, &str, EntityKind)] = &[
        (
            "a word for a club before its town",
            "Fans of Real Madrid sang all night.",
            "Real Madrid",
            Org,
        ),
        (
            "a word for a club after its town",
            "Fans of Leeds United sang all night.",
            "Leeds United",
            Org,
        ),
        ("an abbreviation before any name", "Fans of FC Vessby sang all night.", "FC Vessby", Org),
        (
            "a club word after an unknown name",
            "Fans of Ardmore Rovers sang all night.",
            "Ardmore Rovers",
            Org,
        ),
    ];
    for &(name, text, entity, kind) in rows {
        let found = entities(&article(text));
        let got = found.iter().find(|(_, n, _)| n == entity).map(|(k, _, _)| *k);
        assert_eq!(got, Some(kind), "{name}: {found:?}");
    }
    // initials before a surname are no club
    let found = entities(&article("The study by AS Vessby was cited on Friday."));
    assert!(found.iter().all(|(k, n, _)| !(n == "AS Vessby" && *k == Org)), "{found:?}");
    // "Real" before an ordinary word is no club
    let found = entities(&article("Critics called the Real Deal show a flop on Friday."));
    assert!(found.iter().all(|(k, n, _)| !(n == "Real Deal" && *k == Org)), "{found:?}");
    // a venue named after a sponsor with a club word inside stays one name
    let found = entities(&article("The band played the Vessby United Home Loans Arena on Friday."));
    assert!(found.iter().all(|(_, n, _)| n != "Vessby United"), "{found:?}");
}

#[test]
fn codes_and_prices_are_no_names() {
    let rows: &[(&str, &str, &[(&str, EntityKind)], &[&str])] = &[
        ("a quarter", "Profits at Brixco rose in Q3 as costs fell.", &[], &["Q3"]),
        ("a half year", "Brixco reported H1 results on Monday.", &[], &["H1"]),
        ("a price", "The bond fell C$0.28 to yield 7.4 percent.", &[], &["C$0.28"]),
        ("a group's code", "Members of the G40 faction met on Monday.", &[("G40", Org)], &[]),
        (
            "a code the gazetteer knows",
            "Leaders of the G7 met on Monday.",
            &[("Group of Seven", Org)],
            &[],
        ),
        ("a company with figures", "Shares of Web3Corp rose on Monday.", &[("Web3Corp", Org)], &[]),
    ];
    for (name, text, present, absent) in rows {
        let found = entities(&article(text));
        for &(want, kind) in *present {
            let got = found.iter().find(|(_, n, _)| n == want).map(|(k, _, _)| *k);
            assert_eq!(got, Some(kind), "{name}: {want} in {found:?}");
        }
        for bad in *absent {
            assert!(found.iter().all(|(_, n, _)| n != bad), "{name}: {bad} in {found:?}");
        }
    }
}
