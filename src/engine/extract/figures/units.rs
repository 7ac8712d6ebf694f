//! What a number counts: currencies, percentages and points, measures, and the nouns of counts
//! (people, vehicles...). Tables only; `scan` decides which applies where.

/// ISO code of a currency symbol written before the amount, given the glued word before it
/// ("US" in "US$", "A" in "A$"). `dollar` is the article's meaning of a bare "$".
pub(crate) fn symbol_currency(symbol: &str, prefix: Option<&str>, dollar: &str) -> Option<String> {
    let code = match symbol {
        "$" => match prefix.map(str::to_ascii_uppercase).as_deref() {
            Some("US") => "USD",
            Some("A" | "AU") => "AUD",
            Some("C" | "CA" | "CAN") => "CAD",
            Some("NZ") => "NZD",
            Some("HK") => "HKD",
            Some("S") => "SGD",
            Some("R") => "BRL",
            Some("NT") => "TWD",
            Some("MX") => "MXN",
            _ => return Some(dollar.to_owned()),
        },
        "£" => "GBP",
        "€" => "EUR",
        "¥" => "JPY",
        "₹" => "INR",
        "₽" => "RUB",
        "₩" => "KRW",
        "₦" => "NGN",
        "₺" => "TRY",
        "₪" => "ILS",
        "₱" => "PHP",
        "₴" => "UAH",
        _ => return None,
    };
    Some(code.to_owned())
}

/// The ISO code of a currency word or code written before the amount: "Rs 500", "EUR 40".
pub(crate) fn code_before(word: &str) -> Option<&'static str> {
    let code = match word {
        "Rs" | "INR" => "INR",
        "USD" => "USD",
        "EUR" => "EUR",
        "GBP" => "GBP",
        "JPY" => "JPY",
        "CNY" | "RMB" => "CNY",
        "CHF" => "CHF",
        "CAD" => "CAD",
        "AUD" => "AUD",
        "NZD" => "NZD",
        "RUB" => "RUB",
        "BRL" => "BRL",
        "ZAR" => "ZAR",
        "KGS" => "KGS",
        "HKD" => "HKD",
        "SGD" => "SGD",
        "NGN" => "NGN",
        "KES" | "Ksh" => "KES",
        "PKR" => "PKR",
        _ => return None,
    };
    Some(code)
}

/// The ISO code of a currency named after the amount ("120 dollars", "40 euros"), given the
/// adjective before the name if any ("Australian dollars"); `dollar` as for symbols.
pub(crate) fn word_currency(word: &str, adjective: Option<&str>, dollar: &str) -> Option<String> {
    let word = word.to_ascii_lowercase();
    let code = match word.trim_end_matches('s') {
        "dollar" => return Some(adjective.and_then(dollar_of).unwrap_or(dollar).to_owned()),
        "euro" => "EUR",
        "pound" | "sterling" => "GBP",
        "yen" => "JPY",
        "yuan" | "renminbi" => "CNY",
        "rupee" => {
            if adjective.is_some_and(|a| a.eq_ignore_ascii_case("Pakistani")) {
                "PKR"
            } else {
                "INR"
            }
        }
        "rouble" | "ruble" => "RUB",
        "franc" => "CHF",
        "real" | "reai" => "BRL",
        "rand" => "ZAR",
        "som" => "KGS",
        "naira" => "NGN",
        "shilling" => "KES",
        "peso" => "MXN",
        "won" if adjective.is_some() => "KRW",
        "lira" => "TRY",
        "usd" | "eur" | "gbp" | "jpy" | "chf" | "cad" | "aud" | "inr" => {
            return Some(word.to_ascii_uppercase());
        }
        _ => return None,
    };
    Some(code.to_owned())
}

/// The currency of "<adjective> dollars": "Australian dollars", "US dollars".
pub(crate) fn dollar_of(adjective: &str) -> Option<&'static str> {
    let code = match adjective.to_ascii_lowercase().trim_end_matches('.') {
        "us" | "u.s" | "american" => "USD",
        "australian" => "AUD",
        "canadian" => "CAD",
        "zealand" => "NZD",
        "kong" => "HKD",
        "singapore" | "singaporean" => "SGD",
        "taiwan" | "taiwanese" => "TWD",
        "zimbabwean" | "zimbabwe" => "ZWL",
        "jamaican" => "JMD",
        _ => return None,
    };
    Some(code)
}

/// A measure unit written after the number, as its short label: "40 km", "6.5 magnitude".
pub(crate) fn measure(word: &str) -> Option<&'static str> {
    let unit = match word.to_ascii_lowercase().as_str() {
        "km" | "kms" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => "km",
        "mile" | "miles" => "miles",
        "metre" | "metres" | "meter" | "meters" => "m",
        "cm" | "centimetres" | "centimeters" => "cm",
        "mm" | "millimetres" | "millimeters" => "mm",
        "ft" | "feet" | "foot" => "feet",
        "inch" | "inches" => "inches",
        "kg" | "kilogram" | "kilograms" | "kilo" | "kilos" => "kg",
        "tonne" | "tonnes" | "ton" | "tons" => "tonnes",
        "lb" | "lbs" => "lb",
        "acre" | "acres" => "acres",
        "hectare" | "hectares" => "hectares",
        "litre" | "litres" | "liter" | "liters" => "litres",
        "gallon" | "gallons" => "gallons",
        "barrel" | "barrels" => "barrels",
        "mph" => "mph",
        "kph" => "km/h",
        "degree" | "degrees" | "°c" | "°f" => "degrees",
        "mw" | "megawatt" | "megawatts" => "MW",
        "gw" | "gigawatt" | "gigawatts" => "GW",
        "kwh" => "kWh",
        "magnitude" => "magnitude",
        _ => return None,
    };
    Some(unit)
}

/// Units of time: "two minutes later", "the last two years" measure time, which the timeline
/// shows; a figure card of them says nothing.
pub(crate) fn is_time(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().trim_end_matches('s'),
        "second"
            | "minute"
            | "hour"
            | "day"
            | "night"
            | "week"
            | "weekend"
            | "month"
            | "year"
            | "decade"
            | "centurie"
            | "century"
            | "time"
            | "quarter"
            | "season"
            | "term"
    )
}

/// Nouns whose count is a count of people; the card says "people".
pub(crate) fn is_people(noun: &str) -> bool {
    const PEOPLE: &[&str] = &[
        "people",
        "persons",
        "person",
        "men",
        "women",
        "children",
        "kids",
        "adults",
        "migrants",
        "refugees",
        "seekers",
        "players",
        "figures",
        "soldiers",
        "troops",
        "workers",
        "employees",
        "staff",
        "residents",
        "citizens",
        "civilians",
        "passengers",
        "victims",
        "survivors",
        "students",
        "patients",
        "protesters",
        "demonstrators",
        "voters",
        "members",
        "officers",
        "police",
        "policemen",
        "officials",
        "fighters",
        "militants",
        "rebels",
        "prisoners",
        "detainees",
        "hostages",
        "immigrants",
        "tourists",
        "visitors",
        "fans",
        "athletes",
        "doctors",
        "nurses",
        "teachers",
        "journalists",
        "lawmakers",
        "ministers",
        "delegates",
        "candidates",
        "deaths",
        "dead",
        "injured",
        "casualties",
        "inhabitants",
        "villagers",
        "farmers",
        "pilgrims",
        "crew",
        "sailors",
        "fishermen",
        "infants",
        "babies",
        "girls",
        "boys",
        "individuals",
        "personnel",
        "volunteers",
        "supporters",
        "spectators",
        // roles a story counts by ("five judges", "three suspects")
        "judges",
        "jurors",
        "justices",
        "senators",
        "lawyers",
        "experts",
        "leaders",
        "suspects",
        "witnesses",
        "guards",
        "mayors",
        "diplomats",
        "envoys",
        "priests",
        "monks",
        "nuns",
        "coaches",
        "drivers",
        "riders",
        "miners",
        "pupils",
        "recruits",
        "veterans",
        "parents",
        "siblings",
        "sons",
        "daughters",
        "brothers",
        "sisters",
        "relatives",
        "colleagues",
    ];
    PEOPLE.contains(&noun) || compound_of_people(noun)
}

/// "schoolchildren", "townspeople", "businesswomen", "gunmen": a compound on a people plural.
fn compound_of_people(noun: &str) -> bool {
    ["children", "people", "women", "men"]
        .iter()
        .any(|tail| noun.len() > tail.len() && noun.ends_with(tail))
        && crate::engine::extract::dates::is_plural_noun(noun)
}

/// Plural nouns that do not end in "s", and nouns counted as they are.
pub(crate) fn is_irregular_plural(noun: &str) -> bool {
    compound_of_people(noun)
        || matches!(
            noun,
            "people"
                | "men"
                | "women"
                | "children"
                | "police"
                | "personnel"
                | "staff"
                | "cattle"
                | "sheep"
                | "fish"
                | "deer"
                | "aircraft"
                | "crew"
                | "dead"
                | "injured"
                | "livestock"
        )
}
