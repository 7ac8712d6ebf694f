//! Who wrote the article and where it was filed from: bylines ("By Olga Dzyubenko", "Jane Doe
//! and John Roe, Reuters", "Our Foreign Staff") and datelines ("BISHKEK, July 27 (Reuters) -",
//! "LONDON —"). Both are conventions of the trade, read here from the words' shape alone.

use crate::engine::lexicon::{
    DASHES, DESK_WORDS, KICKERS, NOT_BYLINE_NAMES, SECTION_LABELS, SECTION_WORDS, WIRE_FILLERS,
    WIRE_WORDS,
};
use serde::{Deserialize, Serialize};

use crate::engine::layout::chrome::is_agency;
use crate::engine::layout::line::{is_name_word, is_title_case, word_count, words, words_at};
use crate::engine::text::calendar::month_from_name;
use crate::engine::text::span::Span;

/// The reporters a line credits, as spans of `text`, when the line is a byline. A byline that
/// names only an agency ("By Reuters") is still a byline, with no reporter: `Some(vec![])`.
pub fn byline(text: &str, span: Span) -> Option<Vec<Span>> {
    let span = unemphasised(text, span);
    let line = span.of(text);
    if word_count(line) > 16 || line.len() > 160 {
        return None;
    }
    let at = |local: Span| Span::new(span.start + local.start, span.start + local.end);
    // "By Jane Doe | November 20, 2019": the credit is the part before a separator.
    let cut = separator(line).unwrap_or(line.len());
    let credit = line[..cut].trim_end();
    let by = by_label(credit);
    if let Some(skip) = by {
        let rest = &credit[skip..];
        if is_desk(rest) {
            return Some(vec![at(Span::new(skip, credit.len()).trim(line))]);
        }
        if is_wire_credit(rest) {
            return Some(vec![]); // copy from the wires: a credit, not a reporter
        }
        let (names, complete) = names(rest, false);
        if names.is_empty() && !is_agency(rest.trim()) && !complete {
            return None;
        }
        return Some(
            names.into_iter().map(|s| at(Span::new(skip + s.start, skip + s.end))).collect(),
        );
    }
    if is_desk(credit) {
        return Some(vec![at(Span::new(0, credit.len()))]);
    }
    // "Jane Doe, Reuters" / "Jane Doe and John Roe | AP": names, then an agency.
    let (head, agency) = line.rsplit_once([',', '|', '/'])?;
    if !is_agency(agency) {
        return None;
    }
    let (names, complete) = names(head, false);
    let section = words(head).any(|w| SECTION_WORDS.has(w));
    (complete && !names.is_empty() && !section).then(|| names.into_iter().map(at).collect())
}

/// The credit of a "By …" line as written, whatever its words: "By Contributors to Wikimedia
/// projects", "By 肖春芳", "By Ana (Maria) Lopes". Only for a line the page itself marks as
/// its byline (the one under a Markdown title heading, where clipboard HTML's text puts the
/// author its page declares), where the names need not look like names; the credit ends at a
/// separator ("By Jane Doe | June 5"). `None` for a line with no "By" label or that reads as a
/// sentence ("By then, it was over.").
pub fn declared(text: &str, span: Span) -> Option<Span> {
    let span = unemphasised(text, span);
    let line = span.of(text);
    if line.contains('\n') || word_count(line) > DECLARED_WORDS || line.len() > 160 {
        return None;
    }
    let credit = line[..separator(line).unwrap_or(line.len())].trim_end();
    let skip = by_label(credit)?;
    if reads_as_sentence(&credit[skip..]) {
        return None;
    }
    // the credit ends where a dash or a date follows it: "By Jane Doe — 5 June 2019", "By
    // Jane Doe June 5", "By Jane Doe 1 day ago"
    let toks: Vec<(usize, &str)> = words_at(&credit[skip..]).collect();
    let stop = toks.iter().position(|&(_, w)| {
        DASHES.has_as_written(w) || w.starts_with(|c: char| c.is_ascii_digit())
    });
    let stop = stop.map(|k| match k.checked_sub(1).map(|p| toks[p].1) {
        Some(month) if k > 1 && month_from_name(month.trim_end_matches([',', '.'])).is_some() => {
            k - 1
        }
        _ => k,
    });
    let credit = match stop.map(|k| toks[k].0) {
        Some(0) => return None,
        Some(at) => credit[..skip + at].trim_end(),
        None => credit,
    };
    if reads_as_sentence(&credit[skip..]) {
        return None;
    }
    Some(Span::new(span.start + skip, span.start + credit.len()))
}

/// A sentence ends with its stop, a name at most with an initial's ("Jane Q.", "Jr."); asked
/// of the whole credit and of what is left once a date is cut off ("By Jane's Shop: the best of
/// the 80/90!" is a blurb, not "Jane's Shop: the best of the").
fn reads_as_sentence(credit: &str) -> bool {
    let Some(last) = credit.split_whitespace().next_back() else { return true };
    let initial = last.ends_with('.') && last.chars().count() <= 3;
    credit.ends_with(['!', '?', ':', ';', ',']) || (credit.ends_with('.') && !initial)
}

/// Most words a declared credit has ("By" included): a name or a few, with a role.
const DECLARED_WORDS: usize = 12;

/// Where the first separator of a byline's parts ("|", "•", "·") is in `line`. Read by bytes
/// (where a search for any of three characters decodes every one): the two that are not
/// ASCII are told by their lead bytes, which only ever open a character.
fn separator(line: &str) -> Option<usize> {
    let bytes = line.as_bytes();
    let mut from = 0;
    loop {
        let at = from + bytes.get(from..)?.iter().position(|&b| matches!(b, b'|' | 0xE2 | 0xC2))?;
        if bytes[at] == b'|' || line[at..].starts_with(['•', '·']) {
            return Some(at);
        }
        from = at + 1;
    }
}

/// Where the names start after a byline's opening words: "By Jane Doe", "by: Jane Doe",
/// "Text by Jane Doe" → the offset past "By", the colon and the space.
///
/// The labels are matched in any ASCII case, with no lowered copy of the line: the only
/// characters outside ASCII that lower into it are the Kelvin sign ("k", in no label) and
/// "İ" (an "i" with a dot after it, which no label has), so a label matches exactly when it
/// would in the lowered line, and at the same offsets.
fn by_label(credit: &str) -> Option<usize> {
    ["written by", "words by", "story by", "text by", "by"].iter().find_map(|label| {
        let rest = credit
            .get(..label.len())
            .filter(|head| head.eq_ignore_ascii_case(label))
            .and_then(|_| credit.get(label.len()..))?;
        if !rest.starts_with([' ', ':']) {
            return None;
        }
        let names = rest.trim_start_matches([' ', ':']);
        Some(credit.len() - names.len())
    })
}

/// "Wire services", "Agency wires", "Agencies", "AFP and Reuters": copy credited to the news
/// agencies, naming no reporter.
fn is_wire_credit(credit: &str) -> bool {
    let mut wire = false;
    let lower = credit.to_lowercase();
    let all =
        lower.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).all(|w| {
            let agency = is_agency(w);
            wire |= WIRE_WORDS.has(w) || agency;
            agency || WIRE_WORDS.has(w) || WIRE_FILLERS.has(w)
        });
    all && wire
}

/// The span without Markdown emphasis around it: "*By Jane Doe*" → "By Jane Doe".
/// Blanked-out markup (spaces) around the words is left out too.
fn unemphasised(text: &str, span: Span) -> Span {
    let span = span.trim(text);
    let line = span.of(text);
    let inner = line.trim_start_matches(['*', '_']).trim_end_matches(['*', '_']).trim();
    if inner.is_empty() {
        return span;
    }
    let start = span.start + (inner.as_ptr() as usize - line.as_ptr() as usize);
    Span::new(start, start + inner.len())
}

/// A line of nothing but names ("Peta Thornycroft", "Jason Burke in Harare", "Jane Doe, John
/// Roe"): the reporters, when the line sits where a byline sits (under the headline, beside
/// the timestamp). Elsewhere such a line is as likely a caption naming who is pictured.
pub fn bare_names(text: &str, span: Span) -> Option<Vec<Span>> {
    let span = unemphasised(text, span);
    let line = span.of(text);
    if word_count(line) > 12 || line.ends_with(['.', '!', '?', ':']) {
        return None;
    }
    let (names, complete) = names(line, true);
    (complete && !names.is_empty()).then(|| {
        names.into_iter().map(|s| Span::new(span.start + s.start, span.start + s.end)).collect()
    })
}

fn is_desk(credit: &str) -> bool {
    let credit = credit.trim();
    // Asked of every short line: the last word, lowered on its own (lowering never moves a
    // word's bounds), answers nearly all of them before the line is lowered or counted.
    let last = credit.split_whitespace().next_back().unwrap_or("");
    let desk_end = DESK_WORDS.has(last);
    if !desk_end {
        return false;
    }
    let lower = credit.to_lowercase();
    let n = word_count(credit);
    (2..=5).contains(&n)
        && (lower.starts_with("our ")
            || lower.starts_with("staff")
            || is_agency(lower.split_whitespace().next().unwrap_or("")))
        && (is_title_case(credit) || lower.starts_with("staff and"))
}

/// The names in "Jane Doe", "Jane Doe and John Roe", "A, B and C, Reuters": spans local to
/// `list`, and whether the list was made of names to its end (nothing but an affiliation after).
/// After "By", a comma without a later "and" leads to an affiliation ("By Jane Doe, Reuters");
/// with `commas_list_names`, every comma-separated part that is a name counts.
fn names(list: &str, commas_list_names: bool) -> (Vec<Span>, bool) {
    // Parts between ", " and " and " / " & ", each remembering whether "and" opened it.
    let mut parts: Vec<(Span, bool)> = Vec::new();
    let mut start = 0;
    let mut opened_by_and = false;
    let toks: Vec<(usize, &str)> = words_at(list).take(20).collect();
    for (i, &(at, word)) in toks.iter().enumerate() {
        let joiner = word == "and" || word == "&";
        if joiner {
            if at > start {
                parts.push((Span::new(start, at), opened_by_and));
            }
            opened_by_and = true;
            start = toks.get(i + 1).map_or(list.len(), |t| t.0);
            continue;
        }
        if word.ends_with(',') {
            let end = at + word.len() - 1;
            parts.push((Span::new(start, end), opened_by_and));
            opened_by_and = false;
            start = toks.get(i + 1).map_or(list.len(), |t| t.0);
        }
    }
    if start < list.len() {
        parts.push((Span::new(start, list.len()), opened_by_and));
    }
    let last_and = parts.iter().rposition(|(_, and)| *and);
    let name_parts = if commas_list_names {
        parts.len()
    } else {
        last_and.map_or(1, |k| k + 1).min(parts.len())
    };
    let mut names = Vec::new();
    let mut complete = true;
    for (i, &(part, _)) in parts.iter().enumerate() {
        let trimmed = part.trim(list);
        let text = trimmed.of(list);
        if i < name_parts {
            match name_span(text) {
                Some(local) if local.len() == text.len() => {
                    names.push(Span::new(trimmed.start + local.start, trimmed.start + local.end));
                }
                Some(local) => {
                    // "Jane Doe in London": the name, then where she is
                    names.push(Span::new(trimmed.start + local.start, trimmed.start + local.end));
                    complete = i + 1 == parts.len();
                    break;
                }
                None if is_agency(text) => {}
                None => return (names, false),
            }
        } else if !(is_agency(text) || is_title_case(text)) {
            complete = false;
        }
    }
    (names, complete)
}

/// The leading name in `part`: two to five name words.
fn name_span(part: &str) -> Option<Span> {
    let mut end = None;
    let mut count = 0;
    let toks: Vec<(usize, &str)> = words_at(part).collect();
    for (k, &(at, word)) in toks.iter().enumerate() {
        let bare = word.trim_end_matches([',', ';', ':']);
        // a month starts the date after the name ("Jane Doe June 5"), unless a name goes on
        // after it ("Laura June Topolsky")
        let next_is_name = toks.get(k + 1).is_some_and(|&(_, n)| {
            is_name_word(n.trim_end_matches([',', ';', ':'])) && !n.starts_with(char::is_numeric)
        });
        let month = month_from_name(bare).is_some() && !(count > 0 && next_is_name);
        if count >= 5 || !is_name_word(bare) || NOT_BYLINE_NAMES.has_as_written(bare) || month {
            break;
        }
        count += 1;
        end = Some(at + bare.len());
    }
    if count < 2 || is_agency(part) {
        return None;
    }
    end.map(|end| Span::new(0, end))
}

/// "1996-08-30": the date a wire prints after its dateline's place.
fn is_iso_date(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(k, c)| k == 4 || k == 7 || c.is_ascii_digit())
}

/// Where a story was filed from, as its first paragraph opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dateline {
    /// The whole dateline up to and including its dash.
    pub span: Span,
    /// The place as written: "BISHKEK".
    pub place: Span,
    /// The day it gives, if any: "July 27".
    pub date: Option<Span>,
    /// The agency in brackets, if any: "Reuters".
    pub agency: Option<Span>,
}

/// The dateline opening the paragraph at `span`, if it has one: "BISHKEK, July 27 (Reuters) -",
/// "WASHINGTON (AP) —", "LONDON —", "NEW DELHI:". A place in capitals needs only the dash; a
/// place written in ordinary case needs a date or an agency too, or any sentence opening with
/// a name and a dash would pass.
pub fn dateline(text: &str, span: Span) -> Option<Dateline> {
    let line = span.of(text);
    let at = |s: usize, e: usize| Span::new(span.start + s, span.start + e);
    // Markdown emphasis is not part of any word: "**HARARE** —"
    let toks: Vec<(usize, &str)> = words_at(line)
        .take(14)
        .filter_map(|(pos, word)| {
            let inner = word.trim_start_matches(['*', '_']);
            let start = pos + (word.len() - inner.len());
            let inner = inner.trim_end_matches(['*', '_']);
            (!inner.is_empty()).then_some((start, inner))
        })
        .collect();
    let mut i = 0;
    let mut place_end = 0;
    let mut capitals = true;
    // the place: words in capitals, or one to three capitalised words
    while let Some(&(pos, word)) = toks.get(i) {
        let bare = word.trim_end_matches([',', ':']);
        let caps = bare.chars().any(char::is_alphabetic)
            && bare.chars().all(|c| c.is_uppercase() || matches!(c, '.' | '\'' | '’' | '-'));
        let titled = is_name_word(bare) && bare.chars().next().is_some_and(char::is_uppercase);
        if i == 0 {
            capitals = caps && bare.chars().filter(|c| c.is_alphabetic()).count() >= 2;
        }
        if !(if capitals { caps } else { titled && i < 3 }) || DASHES.has_as_written(word) {
            break;
        }
        place_end = pos + bare.len();
        i += 1;
        if word.ends_with([',', ':']) {
            break;
        }
    }
    if i == 0 || i > 5 {
        return None;
    }
    let place = Span::new(toks[0].0, place_end);
    let first = place.of(line).split_whitespace().next();
    if first.is_some_and(|f| KICKERS.has_as_written(f)) {
        return None;
    }
    // "SOCCER -", "NHL ICE HOCKEY -", "ALPINE SKIING-WOMEN -": a section label above the
    // headline, not where the story was filed.
    let section = |w: &str| w.split('-').any(|part| SECTION_LABELS.has(part.trim_end_matches(',')));
    if place.of(line).split_whitespace().any(section) {
        return None;
    }
    let colon_after_place = toks[i - 1].1.ends_with(':');
    // an optional region of one or two words: "LITTLETON, Colo. (AP) —", "HARARE, Zimbabwe —"
    let mut region = false;
    if toks[i - 1].1.ends_with(',') {
        for len in [1, 2, 3] {
            let words = toks.get(i..i + len).unwrap_or(&[]);
            let all_names = words.len() == len
                && words.iter().all(|(_, w)| {
                    let bare = w.trim_end_matches([',', '.']);
                    is_name_word(bare) && month_from_name(bare).is_none()
                });
            let next = toks.get(i + len).map(|t| t.1);
            let last = words.last().map_or("", |t| t.1);
            // Three words only before a wire's date: "AL-AIN, United Arab Emirates 1996-12-06".
            if all_names
                && (len < 3 || next.is_some_and(is_iso_date))
                && (last.ends_with(',')
                    || next.is_some_and(|n| {
                        n.starts_with('(') || DASHES.has_as_written(n) || is_iso_date(n)
                    }))
            {
                i += len;
                region = true;
                break;
            }
        }
    }
    // an optional date: "July 27", "Nov. 5,"
    let mut date = None;
    if let (Some(&(m_at, month)), Some(&(d_at, day))) = (toks.get(i), toks.get(i + 1))
        && month_from_name(month).is_some()
        && let Some(day_digits) = Some(day.trim_end_matches(','))
        && !day_digits.is_empty()
        && day_digits.len() <= 2
        && day_digits.bytes().all(|b| b.is_ascii_digit())
    {
        date = Some(at(m_at, d_at + day_digits.len()));
        i += 2;
    }
    // or a wire's own line: "LONDON 1996-08-30", the place in capitals and nothing after
    let mut wire_line = false;
    if date.is_none()
        && capitals
        && toks.len() == i + 1
        && let Some(&(d_at, day)) = toks.get(i)
        && is_iso_date(day)
    {
        date = Some(at(d_at, d_at + day.len()));
        wire_line = true;
        i += 1;
    }
    // an optional agency: "(Reuters)"
    let mut agency = None;
    if let Some(&(open, word)) = toks.get(i)
        && word.starts_with('(')
    {
        let close = line[open..].find(')').map(|c| open + c)?;
        let inner = &line[open + 1..close];
        if word_count(inner) > 4 || inner.is_empty() {
            return None;
        }
        agency = Some(at(open + 1, close));
        while toks.get(i).is_some_and(|&(pos, _)| pos <= close) {
            i += 1;
        }
    }
    let dash = toks.get(i).filter(|(_, w)| DASHES.has_as_written(w));
    let end = if wire_line {
        line.len()
    } else if colon_after_place && date.is_none() && agency.is_none() && capitals {
        place_end + 1
    } else if let Some(&(dash_at, dash)) = dash {
        dash_at + dash.len()
    } else {
        // "Lima, Peru (CNN) Ana Quispe ...": some pages drop the dash after the
        // agency; then the place must look like one (in capitals, or with its region).
        let agency_span = agency?;
        let name = agency_span.of(text);
        let agency_like =
            is_agency(name) || (name.len() <= 6 && name.chars().all(|c| c.is_ascii_uppercase()));
        if !(agency_like && (capitals || region)) {
            return None;
        }
        agency_span.end + 1 - span.start
    };
    if !capitals && date.is_none() && agency.is_none() {
        return None;
    }
    Some(Dateline { span: at(0, end), place: at(place.start, place.end), date, agency })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn by_labels_are_read_as_in_the_lowered_line() {
        // the reading `by_label` replaces: labels found in a lowered copy of the line
        let lowered = |line: &str| {
            let lower = line.to_lowercase();
            ["written by", "words by", "story by", "text by", "by"].iter().find_map(|p| {
                let rest = lower.strip_prefix(*p)?;
                rest.starts_with([' ', ':'])
                    .then(|| lower.len() - rest.trim_start_matches([' ', ':']).len())
            })
        };
        let lines = [
            "By Jane Doe",
            "BY: JANE DOE",
            "by:  Jane",
            "Text By Jane Doe",
            "WRITTEN BY Ana",
            "Bylines",
            "By",
            "Story by Zoë Ärzt",
            "Wr\u{130}tten by Jane",
            "\u{130}By Jane",
            "Bÿ Jane",
            "",
        ];
        for line in lines {
            assert_eq!(by_label(line), lowered(line), "{line:?}");
        }
        assert_eq!(by_label("Text By Jane Doe"), Some(8));
    }

    #[test]
    fn desks_are_named_in_any_case() {
        let cases = [
            ("Our Foreign Staff", true),
            ("OUR FOREIGN STAFF", true),
            ("Reuters Staff", true),
            ("Staff and agencies", true),
            ("Our Correspondent", true),
            ("Our correspondent", false),
            ("Jane Doe", false),
            ("Our Foreign Staffers", false),
            ("Staff", false),
            ("Our Kitchen Des\u{212a}", true),
        ];
        for (credit, expected) in cases {
            assert_eq!(is_desk(credit), expected, "{credit:?}");
        }
    }

    fn names_of(line: &str) -> Option<Vec<&str>> {
        byline(line, Span::new(0, line.len())).map(|v| v.into_iter().map(|s| s.of(line)).collect())
    }

    #[test]
    fn bylines() {
        let cases: &[(&str, &str, Option<&[&str]>)] = &[
            ("one reporter", "By Olga Dzyubenko", Some(&["Olga Dzyubenko"])),
            ("a month among the names", "By Laura June Topolsky", Some(&["Laura June Topolsky"])),
            ("a month after the name", "By Jane Doe June 5, 2019", Some(&["Jane Doe"])),
            ("two reporters", "By Jane Doe and John Roe", Some(&["Jane Doe", "John Roe"])),
            (
                "three reporters",
                "By Jane Doe, John Roe and Ann Lee",
                Some(&["Jane Doe", "John Roe", "Ann Lee"]),
            ),
            ("reporter and agency", "By Jane Doe, Reuters", Some(&["Jane Doe"])),
            ("reporter and role", "By Jane Doe, Staff Writer", Some(&["Jane Doe"])),
            ("capitals", "BY JANE DOE", Some(&["JANE DOE"])),
            ("particle in a name", "By Ursula von der Leyen", Some(&["Ursula von der Leyen"])),
            ("reporter and place", "By Jane Doe in London", Some(&["Jane Doe"])),
            ("reporter and date", "By Jane Doe | November 20, 2019", Some(&["Jane Doe"])),
            ("name then agency", "Jane Doe, Reuters", Some(&["Jane Doe"])),
            ("names then agency", "Jane Doe and John Roe | AP", Some(&["Jane Doe", "John Roe"])),
            ("agency only", "By Reuters", Some(&[])),
            ("by with a colon", "by: Jane Doe", Some(&["Jane Doe"])),
            ("By with a colon and capitals", "BY: JANE DOE", Some(&["JANE DOE"])),
            ("wire credit is no reporter", "Text by AGENCY WIRES", Some(&[])),
            ("wire services", "By Wire Services", Some(&[])),
            ("agencies together", "By AFP and Reuters", Some(&[])),
            ("name then agency after a pipe", "Jane Doe | Reuters", Some(&["Jane Doe"])),
            ("page title is not a byline", "World News | Reuters", None),
            ("a word starting with by", "Bystanders fled the scene", None),
            ("markdown emphasis", "*By Jane Doe*", Some(&["Jane Doe"])),
            ("desk credit", "Our Foreign Staff", Some(&["Our Foreign Staff"])),
            ("desk credit after by", "By Our Political Staff", Some(&["Our Political Staff"])),
            ("staff and agencies", "Staff and agencies", Some(&["Staff and agencies"])),
            ("sentence starting with by", "By the time police arrived, he had gone.", None),
            ("sentence about agencies", "Aid agencies warned of famine.", None),
            ("headline", "Kyrgyz opposition in Russia after disputed vote", None),
            ("caption", "Kyrgyz opposition presidential candidate Almazbek Atambaev", None),
            ("empty", "", None),
        ];
        for (name, line, expected) in cases {
            assert_eq!(names_of(line).as_deref(), *expected, "{name}: {line:?}");
        }
    }

    #[test]
    fn declared_credits_are_read_as_written_up_to_a_date_or_dash() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("ordinary words", "By Friends of the Old Bridge", Some("Friends of the Old Bridge")),
            ("another script", "By 李小明", Some("李小明")),
            ("emphasised, after a written-by label", "*Written by Jane Roe*", Some("Jane Roe")),
            ("a separator ends it", "By Jane Roe | June 5, 2019", Some("Jane Roe")),
            ("a month and day end it", "By Jane Roe June 5", Some("Jane Roe")),
            ("a relative time ends it", "By Jane Roe 2 hours ago", Some("Jane Roe")),
            ("an initial ends it", "By Jane Q.", Some("Jane Q.")),
            ("no label", "Jane Roe", None),
            ("a sentence", "By then the river had risen.", None),
            ("nothing before the date", "By 5 June", None),
            ("a blurb ending after a figure", "By Jane's Shop: the best of the 80/90!", None),
            ("two lines", "By Jane Roe\nand more", None),
        ];
        for (name, line, want) in cases {
            let got = declared(line, Span::new(0, line.len())).map(|s| s.of(line));
            assert_eq!(got, *want, "{name}");
        }
    }

    #[test]
    fn bare_name_lines() {
        let cases: &[(&str, &str, Option<&[&str]>)] = &[
            ("one name", "Peta Thornycroft", Some(&["Peta Thornycroft"])),
            ("name and place", "Jason Burke in Harare", Some(&["Jason Burke"])),
            (
                "names in a list",
                "MacDonald Dzirutwe, Joe Brock",
                Some(&["MacDonald Dzirutwe", "Joe Brock"]),
            ),
            ("emphasised", "*Jane Doe*", Some(&["Jane Doe"])),
            ("one word", "Telegraph", None),
            ("role words", "Staff Writer", None),
            ("headline with a colon", "Zimbabwe coup: Mugabe under house arrest", None),
            ("caption", "Kyrgyz opposition presidential candidate Almazbek Atambaev", None),
        ];
        for (name, line, expected) in cases {
            let got = bare_names(line, Span::new(0, line.len()))
                .map(|v| v.into_iter().map(|s| s.of(line)).collect::<Vec<_>>());
            assert_eq!(got.as_deref(), *expected, "{name}");
        }
    }

    #[test]
    fn datelines() {
        type Row<'a> =
            (&'a str, &'a str, Option<(&'a str, Option<&'a str>, Option<&'a str>, &'a str)>);
        let cases: &[Row] = &[
            (
                "wire with date",
                "BISHKEK, July 27 (Reuters) - Kyrgyzstan's leader flew.",
                Some(("BISHKEK", Some("July 27"), Some("Reuters"), "BISHKEK, July 27 (Reuters) -")),
            ),
            (
                "wire without date",
                "BISHKEK (Reuters) -- Kyrgyzstan's leader flew.",
                Some(("BISHKEK", None, Some("Reuters"), "BISHKEK (Reuters) --")),
            ),
            (
                "place and em dash",
                "LONDON — Prices rose.",
                Some(("LONDON", None, None, "LONDON —")),
            ),
            (
                "two-word place with AP",
                "NEW YORK (AP) — Stocks fell.",
                Some(("NEW YORK", None, Some("AP"), "NEW YORK (AP) —")),
            ),
            (
                "place with region",
                "LITTLETON, Colo. (AP) — Sales fell.",
                Some(("LITTLETON", None, Some("AP"), "LITTLETON, Colo. (AP) —")),
            ),
            (
                "abbreviated month",
                "PARIS, Nov. 5 (AFP) - It rained.",
                Some(("PARIS", Some("Nov. 5"), Some("AFP"), "PARIS, Nov. 5 (AFP) -")),
            ),
            (
                "colon style",
                "NEW DELHI: The court ruled.",
                Some(("NEW DELHI", None, None, "NEW DELHI:")),
            ),
            (
                "ordinary case with agency",
                "Bishkek (Reuters) - It rained.",
                Some(("Bishkek", None, Some("Reuters"), "Bishkek (Reuters) -")),
            ),
            (
                "place with a country",
                "HARARE, Zimbabwe (AP) — Mugabe resigned.",
                Some(("HARARE", None, Some("AP"), "HARARE, Zimbabwe (AP) —")),
            ),
            (
                "place with a country, no agency",
                "HARARE, Zimbabwe — Mugabe resigned.",
                Some(("HARARE", None, None, "HARARE, Zimbabwe —")),
            ),
            (
                "agency without a dash",
                "Harare, Zimbabwe (CNN) Robert Mugabe resigned.",
                Some(("Harare", None, Some("CNN"), "Harare, Zimbabwe (CNN)")),
            ),
            (
                "markdown emphasis",
                "**HARARE** — Mugabe resigned.",
                Some(("HARARE", None, None, "**HARARE** —")),
            ),
            ("ticker is not an agency", "Apple (AAPL) shares rose.", None),
            (
                "ordinary case without agency is a sentence",
                "Mr Mugabe - still in power - refused.",
                None,
            ),
            ("kicker is not a place", "BREAKING: Mugabe resigns.", None),
            ("sport label", "SOCCER - NORLAND GET LUCKY WIN.", None),
            ("two-word sport label", "RUGBY UNION - VESS NAME SQUAD.", None),
            ("league and sport label", "NBA BASKETBALL - STANDINGS.", None),
            ("hyphenated sport label", "ALPINE SKIING-WOMEN - RESULTS.", None),
            ("section label in title case", "Business - Prices rose (Reuters).", None),
            (
                "wire line with its date",
                "NEW YORK 1996-08-30",
                Some(("NEW YORK", Some("1996-08-30"), None, "NEW YORK 1996-08-30")),
            ),
            (
                "wire line with a country and its date",
                "AL-AIN, Norland Arab Emirates 1996-12-06",
                Some((
                    "AL-AIN",
                    Some("1996-12-06"),
                    None,
                    "AL-AIN, Norland Arab Emirates 1996-12-06",
                )),
            ),
            ("a date inside a sentence is no wire line", "LONDON 1996-08-30 was wet.", None),
            ("ordinary case wire line", "London 1996-08-30", None),
            ("acronym opening a sentence", "NATO said on Monday it would act.", None),
            ("no dash", "BISHKEK is the capital.", None),
            ("empty", "", None),
        ];
        for (name, line, expected) in cases {
            let got = dateline(line, Span::new(0, line.len())).map(|d| {
                (
                    d.place.of(line),
                    d.date.map(|s| s.of(line)),
                    d.agency.map(|s| s.of(line)),
                    d.span.of(line),
                )
            });
            assert_eq!(got, *expected, "{name}: {line:?}");
        }
    }
}
