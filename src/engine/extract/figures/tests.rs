//! Phrase tables: one row per phrase, the figures a careful reader would list from it, and the
//! numbers that are not figures.

use super::*;
use crate::engine::layout::article::Article;

/// The figures of `text` read as the given sentences, each with its paragraph's role.
fn find(text: &str, sentences: impl IntoIterator<Item = (usize, Span, Role)>) -> Vec<Figure> {
    let given: Vec<(Span, Role)> =
        sentences.into_iter().map(|(_, span, role)| (span, role)).collect();
    read(&Article::of_sentences(text, &given))
}

fn figures_of(sentence: &str) -> Vec<Figure> {
    find(sentence, [(0, Span::new(0, sentence.len()), Role::Body)])
}

/// (what the row shows, sentence, expected figures as (text, value, unit, qualifier))
type Row =
    (&'static str, &'static str, &'static [(&'static str, f64, &'static str, Option<Qualifier>)]);

#[test]
fn figures_read_as_a_reader_lists_them() {
    use Qualifier::*;
    let rows: &[Row] = &[
        (
            "percent word",
            "Results gave him 76 percent of the vote.",
            &[("76 percent", 76.0, "percent", None)],
        ),
        ("percent sign", "Yields fell 10% this year.", &[("10%", 10.0, "percent", None)]),
        ("per cent", "Inflation rose 8 per cent.", &[("8 per cent", 8.0, "percent", None)]),
        (
            "half of",
            "Nearly half of voters stayed home.",
            &[("half", 50.0, "percent", Some(Nearly))],
        ),
        (
            "two-thirds of",
            "Two-thirds of the staff left.",
            &[("Two-thirds", 200.0 / 3.0, "percent", None)],
        ),
        (
            "quarter-point",
            "The bank cut its rate by a quarter-point.",
            &[("a quarter-point", 0.25, "percentage points", None)],
        ),
        (
            "percentage points",
            "Support fell 3 percentage points.",
            &[("3 percentage points", 3.0, "percentage points", None)],
        ),
        (
            "basis points",
            "It raised rates by 25 basis points.",
            &[("25 basis points", 25.0, "basis points", None)],
        ),
        (
            "dollars and millions",
            "Washington agreed to pay $180 million this year.",
            &[("$180 million", 180e6, "USD", None)],
        ),
        ("US$ and bn", "The deal is worth US$1.2bn in all.", &[("US$1.2bn", 1.2e9, "USD", None)]),
        ("pounds glued m", "He was fined £3m last week.", &[("£3m", 3e6, "GBP", None)]),
        ("euro billions", "The fund holds €40 billion now.", &[("€40 billion", 40e9, "EUR", None)]),
        ("currency word", "Tickets cost 120 dollars each.", &[("120 dollars", 120.0, "USD", None)]),
        ("crore", "The state spent Rs 500 crore on roads.", &[("Rs 500 crore", 5e9, "INR", None)]),
        (
            "thousands separator",
            "The average price was $39,014.",
            &[("$39,014", 39014.0, "USD", None)],
        ),
        (
            "named dollars",
            "It cost 50 Australian dollars.",
            &[("50 Australian dollars", 50.0, "AUD", None)],
        ),
        (
            "count with modifier",
            "Dealers sold 30,154 new cars, trucks and SUVs.",
            &[("30,154 new cars", 30154.0, "cars", None)],
        ),
        (
            "troops are people",
            "The US sent 3,000 troops.",
            &[("3,000 troops", 3000.0, "people", None)],
        ),
        ("spelled count", "The blast killed two people.", &[("two people", 2.0, "people", None)]),
        (
            "scaled count",
            "Dealers sold nearly 17.3 million vehicles.",
            &[("17.3 million vehicles", 17.3e6, "vehicles", Some(Nearly))],
        ),
        ("distance", "The town lies 40 km north of the border.", &[("40 km", 40.0, "km", None)]),
        (
            "magnitude",
            "A 6.5-magnitude quake struck.",
            &[("6.5-magnitude", 6.5, "magnitude", None)],
        ),
        ("magnitude first", "A magnitude 6.5 quake hit.", &[("6.5", 6.5, "magnitude", None)]),
        ("age", "The 93 year-old refused.", &[("93 year-old", 93.0, "years", None)]),
        (
            "more than",
            "It rescued more than 900 migrants.",
            &[("900 migrants", 900.0, "people", Some(MoreThan))],
        ),
        (
            "over",
            "Over 700 asylum seekers were saved.",
            &[("700 asylum seekers", 700.0, "people", Some(MoreThan))],
        ),
        (
            "up to",
            "The storm could cost up to $5 billion.",
            &[("$5 billion", 5e9, "USD", Some(UpTo))],
        ),
        (
            "at least",
            "At least 12 soldiers died.",
            &[("12 soldiers", 12.0, "people", Some(AtLeast))],
        ),
        ("about", "About 40 percent agreed.", &[("40 percent", 40.0, "percent", Some(About))]),
        (
            "elliptic more",
            "Fishermen saved 700 migrants and the navy saved 200 more.",
            &[("700 migrants", 700.0, "people", None), ("200 more", 200.0, "people", None)],
        ),
        ("sports points", "Sweden won three points.", &[("three points", 3.0, "points", None)]),
        ("count of one", "One Rohingya man spoke.", &[]),
        // a score is read where it is written as sports desks write it, glued; the spaced dash
        // also parts a heading's teams ("Group F — Sweden 1 – 0 Korea") and is left alone
        ("score", "Sweden beat Korea 1 – 0 and England won 2-1.", &[("2-1", 2.0, "goals", None)]),
        ("clock time", "It was 4:00 am when 10 a.m. passed.", &[]),
        ("year", "In 2005 protests toppled him; 2019 was weak.", &[]),
        ("year with noun", "Growth stalled at 2000 levels.", &[]),
        ("date", "The vote was on July 23 and 16 November.", &[]),
        ("ordinal", "He scored in the 20th minute.", &[]),
        ("index name", "The S&P 500 rose.", &[]),
        ("plane name", "A Boeing 747 landed.", &[]),
        ("mission name", "STS-135 launched.", &[]),
        ("group label", "Group F opened on day five.", &[]),
        ("duration", "Six minutes later he scored; the last two years were hard.", &[]),
        ("compound adjective", "It is below the 12-month average.", &[]),
        ("vague range", "We could have scored two or three goals.", &[]),
        ("anaphora", "The two countries agreed.", &[]),
        ("second half", "In the second half Kane scored.", &[]),
        ("bare number", "The vote was 1234 on Friday.", &[]),
        // four digits: a count before a plural noun, a year after a word of time
        (
            "four-digit count of a compound plural",
            "A survey of 1300 schoolchildren ended.",
            &[("1300 schoolchildren", 1300.0, "people", None)],
        ),
        (
            "four-digit count of things",
            "The firm bought 1900 trucks.",
            &[("1900 trucks", 1900.0, "trucks", None)],
        ),
        ("year before a plural noun", "In 1990 workers struck.", &[]),
        // implied nouns
        (
            "population without a noun",
            "The island nation of 12 million voted.",
            &[("12 million", 12e6, "people", None)],
        ),
        (
            "hedged bare number after the number of",
            "The number of sailors lost since then is less than 40.",
            &[("40", 40.0, "people", Some(LessThan))],
        ),
        ("sales without a noun", "Sales reached 3 million last year.", &[]),
        ("hedged number without a noun", "Wait less than 40 and see.", &[]),
        // units
        (
            "currency subunit",
            "The pound stood at 91.5 pence per euro.",
            &[("91.5 pence", 91.5, "pence", None)],
        ),
        ("cents", "Fuel rose 12 cents.", &[("12 cents", 12.0, "cents", None)]),
        (
            "points on a named scale",
            "Children lose 12 IQ points on average.",
            &[("12 IQ points", 12.0, "iq points", None)],
        ),
        // fractions that are not shares, small counts of things
        ("half an hour", "He waited half an hour, half-hearted.", &[]),
        ("half as much", "They get about half as much as they need.", &[]),
        ("small count of things", "The town lies between two rivers and three hills.", &[]),
        (
            "small count of people",
            "Two climbers and four assailants were seen.",
            &[
                ("Two climbers", 2.0, "climbers", None),
                ("four assailants", 4.0, "assailants", None),
            ],
        ),
        (
            "small count of people by their role",
            "Five judges heard three suspects.",
            &[("Five judges", 5.0, "people", None), ("three suspects", 3.0, "people", None)],
        ),
        ("an emergency number", "Residents made 999 calls and a 911 call.", &[]),
        (
            "a count of calls is still a count",
            "Operators took 998 calls.",
            &[("998 calls", 998.0, "calls", None)],
        ),
    ];
    for (what, sentence, expected) in rows {
        let found: Vec<(String, f64, String, Option<Qualifier>)> = figures_of(sentence)
            .into_iter()
            .map(|f| (f.span.of(sentence).to_owned(), f.value, f.unit, f.qualifier))
            .collect();
        assert_eq!(found.len(), expected.len(), "{what}: {found:?}");
        for (got, want) in found.iter().zip(expected.iter()) {
            assert_eq!(got.0, want.0, "{what}");
            assert!(
                (got.1 - want.1).abs() <= want.1.abs() * 1e-9,
                "{what}: {} != {}",
                got.1,
                want.1
            );
            assert_eq!(got.2, want.2, "{what}");
            assert_eq!(got.3, want.3, "{what}");
        }
    }
}

/// Quantities written as two numbers, market levels and rates, bare grouped numbers: each
/// row an invented sentence with the figures a reader would list and what each is about.
#[test]
fn scores_parts_and_market_figures_read_as_one_figure_each() {
    // (what the row shows, sentence, expected (text, value, unit, about))
    type Expected = &'static [(&'static str, f64, &'static str, &'static str)];
    #[rustfmt::skip]
    let rows: &[(&str, &str, Expected)] = &[
        ("score after a result verb", "The Hawks beat the Owls 98-91 on Sunday.",
         &[("98-91", 98.0, "points", "Hawks beat the Owls 98-91")]),
        ("score after a comma", "Ashford rolled past Brill, 45-17, on Tuesday.",
         &[("45-17", 45.0, "points", "Ashford rolled past Brill 45-17")]),
        ("low score counts goals", "The visitors won 3-0 away.", &[("3-0", 3.0, "goals", "visitors won 3-0")]),
        ("score unit named", "She won 6-4 in the deciding sets.", &[("6-4", 6.0, "sets", "She won 6-4")]),
        ("score before its noun", "It was a 5-2 victory.", &[("5-2", 5.0, "goals", "5-2 victory")]),
        ("two scores with one first side are two", "They won 5-4 and then lost 5-2 at home.",
         &[("5-4", 5.0, "goals", "They won 5-4"), ("5-2", 5.0, "goals", "lost 5-2")]),
        ("record in brackets", "The Owls (6-5, 3-4) play Friday.", &[]),
        ("record of three", "They improved to 14-0-1 this season.", &[]),
        ("range without a result", "Talks may take 10-12 sessions.", &[]),
        ("court split is no score", "The court ruled 5-4 on Monday.", &[]),
        ("range of a percentage", "Prices rose 10-20% in a year the team lost.", &[("20%", 20.0, "percent", "rise in Prices")]),
        ("part of a whole with a noun", "In all, 7 of 9 council members voted for it.",
         &[("7 of 9 council members", 7.0, "people", "of 9 council members voted for it")]),
        ("part of the whole", "Only 12 of the 40 stations reopened.",
         &[("12 of the 40 stations", 12.0, "stations", "of the 40 stations reopened")]),
        ("part of a whole in words", "The team has won five of six.", &[("five of six", 5.0, "of 6", "team has won")]),
        ("part of a whole hyphenated", "He was 20-of-24 passing.", &[("20-of-24", 20.0, "of 24", "passing")]),
        ("one of counts only the whole", "It was one of 12 schools.", &[("12 schools", 12.0, "schools", "schools")]),
        ("index level", "The Meridian index closed at 31,402.55 on Friday.",
         &[("31,402.55", 31402.55, "points", "Meridian index")]),
        ("level after a move", "The benchmark fell to 1,234 by noon.", &[("1,234", 1234.0, "points", "benchmark")]),
        ("a hedge before a count is no level", "The firm agreed to take close to 1,000 cleaning and other workers.",
         &[]),
        ("bond fraction", "The 10-year note rose 5/32 after the auction.", &[("5/32", 0.15625, "points", "rise in 10-year note")]),
        ("bond price", "The bond rose 1/2 to 99 12/32.",
         &[("1/2", 0.5, "points", "rise in bond"), ("99 12/32", 99.375, "points", "bond")]),
        ("a fraction without bonds is no price", "About 3/4 of it was sold.", &[]),
        ("yen per dollar", "The dollar bought 151.20 yen.", &[("151.20 yen", 151.2, "JPY", "yen per dollar")]),
        ("yen per dollar written after", "The yen weakened to 151.20 per dollar.",
         &[("151.20 per dollar", 151.2, "JPY", "yen per dollar")]),
        ("grouped number doing something", "Around 14,500 fled the floods.",
         &[("14,500", 14500.0, "people", "… fled the floods")]),
        ("a year before a noun", "The 1999 floods were worse.", &[]),
        ("a label stops before the next figure", "They trailed before scoring 24 points late for a 38-10 win.",
         &[("24 points", 24.0, "points", "They trailed before scoring … late for a"),
           ("38-10", 38.0, "points", "38-10 win")]),
        ("a count after a possessive name", "A third of Acme’s 12,000 employees left.",
         &[("A third", 100.0 / 3.0, "percent", "share of Acme’s 12,000 employees left"),
           ("12,000 employees", 12000.0, "people", "employees")]),
        ("a number after a name is the name's", "The Airbus 380 landed.", &[]),
    ];
    for (what, sentence, expected) in rows {
        let found: Vec<(String, f64, String, String)> = figures_of(sentence)
            .into_iter()
            .map(|f| (f.span.of(sentence).to_owned(), f.value, f.unit.clone(), f.label()))
            .collect();
        let want: Vec<(String, f64, String, String)> = expected
            .iter()
            .map(|e| (e.0.to_owned(), e.1, e.2.to_owned(), e.3.to_owned()))
            .collect();
        assert_eq!(found, want, "{what}");
    }
}

/// A score is one fact of two sides: its card shows "2–1", never "2 goals", and every other
/// figure has no second side.
#[test]
fn a_score_keeps_both_sides_and_nothing_else_has_two() {
    // (what the row shows, sentence, expected (text, kind, value, against))
    type Expected = &'static [(&'static str, FigureKind, f64, Option<u32>)];
    #[rustfmt::skip]
    let rows: &[(&str, &str, Expected)] = &[
        ("goals", "Harbourside beat Northgate 2-1 on Saturday.", &[("2-1", FigureKind::Score, 2.0, Some(1))]),
        ("a nil side", "The visitors won 3-0 away.", &[("3-0", FigureKind::Score, 3.0, Some(0))]),
        ("points", "The Hawks beat the Owls 98-91.", &[("98-91", FigureKind::Score, 98.0, Some(91))]),
        ("a draw", "The sides drew 3-3 in March.", &[("3-3", FigureKind::Score, 3.0, Some(3))]),
        ("a count has one side", "Some 12,400 fans watched the win.",
         &[("12,400 fans", FigureKind::Count, 12400.0, None)]),
        ("a range is no score", "Talks may take 10-12 sessions.", &[]),
    ];
    for (what, sentence, expected) in rows {
        let found: Vec<(String, FigureKind, f64, Option<u32>)> = figures_of(sentence)
            .into_iter()
            .map(|f| (f.span.of(sentence).to_owned(), f.kind, f.value, f.against))
            .collect();
        let want: Vec<(String, FigureKind, f64, Option<u32>)> =
            expected.iter().map(|e| (e.0.to_owned(), e.1, e.2, e.3)).collect();
        assert_eq!(found, want, "{what}");
    }
}

/// Numbers as pages in other styles write them, and as copying from a page leaves them.
#[test]
fn number_forms_of_every_style_read_as_their_value() {
    #[rustfmt::skip]
    let rows: &[Row] = &[
        ("spaces group thousands", "The mine produced 1 000 000 tonnes of ore.",
         &[("1 000 000 tonnes", 1e6, "tonnes", None)]),
        ("no-break spaces group thousands", "The mine produced 1\u{a0}000\u{a0}000 tonnes.",
         &[("1\u{a0}000\u{a0}000 tonnes", 1e6, "tonnes", None)]),
        ("a thin space groups one group", "The port handled 25\u{2009}000 containers.",
         &[("25\u{2009}000 containers", 25e3, "containers", None)]),
        ("a narrow no-break space", "The port handled 25\u{202f}000 containers.",
         &[("25\u{202f}000 containers", 25e3, "containers", None)]),
        ("euros with spaces and a decimal comma", "The budget is \u{20ac}1 234,56 million.",
         &[("\u{20ac}1 234,56 million", 1_234.56e6, "EUR", None)]),
        ("points group thousands", "The city has 1.000.000 residents.",
         &[("1.000.000 residents", 1e6, "people", None)]),
        ("points and a decimal comma", "The fund lost \u{20ac}1.234,5 million.",
         &[("\u{20ac}1.234,5 million", 1_234.5e6, "EUR", None)]),
        ("a minus sign keeps the sign", "Growth was \u{2212}5 percent last year.",
         &[("\u{2212}5 percent", -5.0, "percent", None)]),
        ("a hyphen-minus keeps the sign", "Growth was -5 percent last year.",
         &[("-5 percent", -5.0, "percent", None)]),
        ("full-width digits", "Turnout was \u{ff17}\u{ff16} percent.",
         &[("\u{ff17}\u{ff16} percent", 76.0, "percent", None)]),
        ("a zero-width space inside the number", "Prices rose 4.\u{200b}2 percent.",
         &[("4.\u{200b}2 percent", 4.2, "percent", None)]),
        ("an ordinary space between a day and a count is not a group", "On May 5 100 people marched.",
         &[("100 people", 100.0, "people", None)]),
        ("a score is not a negative number", "They won 2-1 on Sunday.",
         &[("2-1", 2.0, "goals", None)]),
    ];
    for (what, sentence, expected) in rows {
        let found: Vec<(String, f64, String)> = figures_of(sentence)
            .into_iter()
            .map(|f| (f.span.of(sentence).to_owned(), f.value, f.unit))
            .collect();
        let want: Vec<(String, f64, String)> =
            expected.iter().map(|e| (e.0.to_owned(), e.1, e.2.to_owned())).collect();
        assert_eq!(found, want, "{what}");
    }
}

#[test]
fn labels_say_what_is_measured() {
    let rows: &[(&str, &str, &str)] = &[
        (
            "share",
            "Official results gave Sadykov 76 percent of the vote.",
            "Sadykov's share of the vote",
        ),
        (
            "copula subject",
            "It is a nation where the average monthly wage is just $120.",
            "average monthly wage",
        ),
        (
            "movement",
            "New vehicle sales plunged 10 percent last month.",
            "drop in New vehicle sales",
        ),
        (
            "verb then by",
            "Needs would increase world food needs by 50 percent.",
            "rise in world food needs",
        ),
        ("count noun", "Fishermen rescued 700 asylum seekers on Friday.", "asylum seekers"),
        ("noun before of", "It is down from the March high of 21.8 percent.", "March high"),
        ("age with name", "There is little affection for 52-year-old Maria.", "age of Maria"),
    ];
    for (what, sentence, label) in rows {
        let figures = figures_of(sentence);
        assert_eq!(figures.len(), 1, "{what}");
        assert_eq!(figures[0].label(), *label, "{what}");
    }
}

#[test]
fn changes_keep_their_direction_and_reference() {
    let sentence = "Sales fell to 30,154 cars, down 10 percent from a year ago.";
    let figures = figures_of(sentence);
    let percent = figures.iter().find(|f| f.unit == "percent").expect("the drop");
    let change = percent.change.expect("a change");
    assert_eq!(change.direction, ChangeDirection::Down);
    assert_eq!(change.reference.map(|s| s.of(sentence)), Some("a year ago"));
    let level = figures_of("The rate stood at 5.7 percent.");
    assert_eq!(level[0].change, None);
}

#[test]
fn repeated_facts_make_one_figure_ranked_by_salience() {
    let text = "Sales plunge 10 percent\n\nSales plunged 10 percent. Dealers sold 300 cars. The price was $39,014.";
    let heading = Span::new(0, 23);
    let sentences = [
        (0, heading, Role::Headline),
        (1, Span::new(25, 49), Role::Body),
        (2, Span::new(50, 72), Role::Body),
        (3, Span::new(73, text.len()), Role::Body),
    ];
    let figures = find(text, sentences);
    assert_eq!(figures.len(), 3);
    assert_eq!(figures[0].mentions.len(), 2);
    assert_eq!(figures[0].rank, 0, "the headline figure leads");
    let money = figures.iter().find(|f| f.kind == FigureKind::Money).expect("money");
    let count = figures.iter().find(|f| f.kind == FigureKind::Count).expect("count");
    assert!(money.salience > count.salience - 25, "money is not buried under counts");
}

/// A bare "$" is the US dollar even where the story names another dollar: only a mark of
/// its own ("HK$", "A$") or a name after the amount makes it another.
#[test]
fn a_bare_dollar_is_the_us_dollar_unless_the_amount_says_otherwise() {
    // (what the row shows, text, expected unit of each figure in order)
    let rows: &[(&str, &str, &[&str])] = &[
        ("named elsewhere", "Prices are in Australian dollars. A ticket costs $40.", &["USD"]),
        (
            "set in Hong Kong",
            "The Hong Kong dollar held. A Hong Kong developer paid $2 billion.",
            &["USD"],
        ),
        ("own mark", "A Hong Kong developer paid HK$2 billion and $300 million.", &["HKD", "USD"]),
        ("named after", "Tickets cost 50 Hong Kong dollars and $7.", &["HKD", "USD"]),
        (
            "other marks",
            "It raised A$40 million, C$12 million and NT$9 billion.",
            &["AUD", "CAD", "TWD"],
        ),
    ];
    for (what, text, units) in rows {
        let figures = find(text, [(0, Span::new(0, text.len()), Role::Body)]);
        let got: Vec<&str> = figures.iter().map(|f| f.unit.as_str()).collect();
        assert_eq!(&got, units, "{what}");
    }
}

#[test]
fn chrome_is_never_read() {
    let text = "Car sales plunge nearly 17 percent in August";
    let chrome = Role::Chrome(crate::engine::ChromeKind::Navigation);
    assert!(find(text, [(0, Span::new(0, text.len()), chrome)]).is_empty());
}

#[test]
fn odd_input_does_not_panic_and_is_deterministic() {
    let long = "7 ".repeat(20_000);
    for text in [
        "",
        "\0\0 12 %",
        "999999999999999999999 percent",
        &"9".repeat(500),
        "٧٦ في المئة 76 percent",
        "🎉 $ % $$ 3 – – 4 £",
        "a\r\nb 5\r\n percent",
        long.as_str(),
        "half",
        "a quarter-",
    ] {
        let a = find(text, [(0, Span::new(0, text.len()), Role::Body)]);
        let b = find(text, [(0, Span::new(0, text.len()), Role::Body)]);
        assert_eq!(a, b);
        assert!(
            a.iter().all(|f| f.value.is_finite() && text.get(f.span.start..f.span.end).is_some())
        );
    }
}
