//! The Digest and everything inside it, field by field. Each encoder destructures its struct
//! without `..` and each decoder is a struct literal, so a field added to the engine's types
//! does not build until it crosses here too; fields travel in declaration order.

use crate::engine::language::Language;
use crate::engine::{
    BlockKind, CalendarDate, Change, ChangeDirection, Chrome, ChromeKind, DateMention, Dateline,
    Dates, Digest, Entity, EntityKind, Figure, FigureKind, FigureMention, Gist, GistSource,
    Mention, Paragraph, Precision, Published, PublishedSource, Qualifier, Quote, QuoteKind,
    Relation, Role, Season, Sentence, Span, Speaker, SpeakerVia, Summary, TimeRef, TimeRefMention,
    TimelineEntry, Timex,
};

use super::bytes::{Reader, Wire, WireError, Writer, wire_enum};

impl Wire for Digest {
    fn put(&self, out: &mut Writer) {
        let Digest {
            source_len,
            published,
            headline,
            byline,
            dateline,
            highlights,
            chrome,
            paragraphs,
            sentences,
            dates,
            figures,
            summary,
            quotes,
            entities,
            language,
        } = self;
        source_len.put(out);
        published.put(out);
        headline.put(out);
        byline.put(out);
        dateline.put(out);
        highlights.put(out);
        chrome.put(out);
        paragraphs.put(out);
        sentences.put(out);
        dates.put(out);
        figures.put(out);
        summary.put(out);
        quotes.put(out);
        entities.put(out);
        language.put(out);
    }

    fn take(input: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Digest {
            source_len: Wire::take(input)?,
            published: Wire::take(input)?,
            headline: Wire::take(input)?,
            byline: Wire::take(input)?,
            dateline: Wire::take(input)?,
            highlights: Wire::take(input)?,
            chrome: Wire::take(input)?,
            paragraphs: Wire::take(input)?,
            sentences: Wire::take(input)?,
            dates: Wire::take(input)?,
            figures: Wire::take(input)?,
            summary: Wire::take(input)?,
            quotes: Wire::take(input)?,
            entities: Wire::take(input)?,
            language: Wire::take(input)?,
        })
    }
}

impl Wire for Span {
    fn put(&self, out: &mut Writer) {
        let Span { start, end } = self;
        start.put(out);
        end.put(out);
    }

    fn take(input: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Span { start: Wire::take(input)?, end: Wire::take(input)? })
    }
}

/// As year, month and day, rebuilt through [`CalendarDate::new`] so no impossible day gets in.
impl Wire for CalendarDate {
    fn put(&self, out: &mut Writer) {
        self.year().put(out);
        out.byte(self.month() as u8);
        out.byte(self.day() as u8);
    }

    fn take(input: &mut Reader<'_>) -> Result<Self, WireError> {
        let at = input.at();
        let (year, month, day) = (i32::take(input)?, input.byte()?, input.byte()?);
        CalendarDate::new(year, month.into(), day.into())
            .map_err(|_| WireError::Range { what: "date", at })
    }
}

impl Wire for Published {
    fn put(&self, out: &mut Writer) {
        let Published { date, source } = self;
        date.put(out);
        source.put(out);
    }

    fn take(input: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Published { date: Wire::take(input)?, source: Wire::take(input)? })
    }
}

impl Wire for PublishedSource {
    fn put(&self, out: &mut Writer) {
        match self {
            PublishedSource::User => out.byte(0),
            PublishedSource::Text { span } => {
                out.byte(1);
                span.put(out);
            }
        }
    }

    fn take(input: &mut Reader<'_>) -> Result<Self, WireError> {
        let at = input.at();
        match input.byte()? {
            0 => Ok(PublishedSource::User),
            1 => Ok(PublishedSource::Text { span: Wire::take(input)? }),
            tag => Err(WireError::Tag { what: "PublishedSource", tag, at }),
        }
    }
}

impl Wire for Dateline {
    fn put(&self, out: &mut Writer) {
        let Dateline { span, place, date, agency } = self;
        span.put(out);
        place.put(out);
        date.put(out);
        agency.put(out);
    }

    fn take(input: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Dateline {
            span: Wire::take(input)?,
            place: Wire::take(input)?,
            date: Wire::take(input)?,
            agency: Wire::take(input)?,
        })
    }
}

impl Wire for Chrome {
    fn put(&self, out: &mut Writer) {
        let Chrome { span, kind, paragraph } = self;
        span.put(out);
        kind.put(out);
        paragraph.put(out);
    }

    fn take(input: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Chrome {
            span: Wire::take(input)?,
            kind: Wire::take(input)?,
            paragraph: Wire::take(input)?,
        })
    }
}

wire_enum!(ChromeKind {
    Navigation = 0,
    Sharing = 1,
    Caption = 2,
    PhotoCredit = 3,
    Gallery = 4,
    Newsletter = 5,
    Cookie = 6,
    UpdateNote = 7,
    EditorCredit = 8,
    Related = 9,
    Advert = 10,
    Comments = 11,
    Contact = 12,
    Legal = 13,
    Other = 14,
});

impl Wire for Paragraph {
    fn put(&self, out: &mut Writer) {
        let Paragraph { kind, span, role, sentences } = self;
        kind.put(out);
        span.put(out);
        role.put(out);
        sentences.put(out);
    }

    fn take(input: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Paragraph {
            kind: Wire::take(input)?,
            span: Wire::take(input)?,
            role: Wire::take(input)?,
            sentences: Wire::take(input)?,
        })
    }
}

impl Wire for BlockKind {
    fn put(&self, out: &mut Writer) {
        match self {
            BlockKind::Heading { level } => {
                out.byte(0);
                level.put(out);
            }
            BlockKind::ListItem { ordered } => {
                out.byte(1);
                ordered.put(out);
            }
            BlockKind::Quote => out.byte(2),
            BlockKind::Code => out.byte(3),
            BlockKind::Text => out.byte(4),
            BlockKind::TableRow => out.byte(5),
        }
    }

    fn take(input: &mut Reader<'_>) -> Result<Self, WireError> {
        let at = input.at();
        match input.byte()? {
            0 => Ok(BlockKind::Heading { level: Wire::take(input)? }),
            1 => Ok(BlockKind::ListItem { ordered: Wire::take(input)? }),
            2 => Ok(BlockKind::Quote),
            3 => Ok(BlockKind::Code),
            4 => Ok(BlockKind::Text),
            5 => Ok(BlockKind::TableRow),
            tag => Err(WireError::Tag { what: "BlockKind", tag, at }),
        }
    }
}

impl Wire for Role {
    fn put(&self, out: &mut Writer) {
        match self {
            Role::Headline => out.byte(0),
            Role::Byline => out.byte(1),
            Role::Timestamp => out.byte(2),
            Role::Dateline => out.byte(3),
            Role::Highlight => out.byte(4),
            Role::Subheading => out.byte(5),
            Role::Body => out.byte(6),
            Role::Chrome(kind) => {
                out.byte(7);
                kind.put(out);
            }
        }
    }

    fn take(input: &mut Reader<'_>) -> Result<Self, WireError> {
        let at = input.at();
        match input.byte()? {
            0 => Ok(Role::Headline),
            1 => Ok(Role::Byline),
            2 => Ok(Role::Timestamp),
            3 => Ok(Role::Dateline),
            4 => Ok(Role::Highlight),
            5 => Ok(Role::Subheading),
            6 => Ok(Role::Body),
            7 => Ok(Role::Chrome(Wire::take(input)?)),
            tag => Err(WireError::Tag { what: "Role", tag, at }),
        }
    }
}

impl Wire for Sentence {
    fn put(&self, out: &mut Writer) {
        let Sentence { span, paragraph } = self;
        span.put(out);
        paragraph.put(out);
    }

    fn take(input: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Sentence { span: Wire::take(input)?, paragraph: Wire::take(input)? })
    }
}

impl Wire for Dates {
    fn put(&self, out: &mut Writer) {
        let Dates { mentions, timeline, references } = self;
        mentions.put(out);
        timeline.put(out);
        references.put(out);
    }

    fn take(input: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Dates {
            mentions: Wire::take(input)?,
            timeline: Wire::take(input)?,
            references: Wire::take(input)?,
        })
    }
}

impl Wire for TimeRefMention {
    fn put(&self, out: &mut Writer) {
        let TimeRefMention { span, sentence, time } = self;
        span.put(out);
        sentence.put(out);
        time.put(out);
    }

    fn take(input: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(TimeRefMention {
            span: Wire::take(input)?,
            sentence: Wire::take(input)?,
            time: Wire::take(input)?,
        })
    }
}

impl Wire for DateMention {
    fn put(&self, out: &mut Writer) {
        let DateMention {
            span,
            sentence,
            value,
            precision,
            year_inferred,
            relation,
            publication,
            unplaceable,
        } = self;
        span.put(out);
        sentence.put(out);
        value.put(out);
        precision.put(out);
        year_inferred.put(out);
        relation.put(out);
        publication.put(out);
        unplaceable.put(out);
    }

    fn take(input: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(DateMention {
            span: Wire::take(input)?,
            sentence: Wire::take(input)?,
            value: Wire::take(input)?,
            precision: Wire::take(input)?,
            year_inferred: Wire::take(input)?,
            relation: Wire::take(input)?,
            publication: Wire::take(input)?,
            unplaceable: Wire::take(input)?,
        })
    }
}

impl Wire for TimelineEntry {
    fn put(&self, out: &mut Writer) {
        let TimelineEntry {
            value,
            precision,
            relation,
            year_inferred,
            event,
            event_sentence,
            mentions,
            sentences,
            publication,
        } = self;
        value.put(out);
        precision.put(out);
        relation.put(out);
        year_inferred.put(out);
        event.put(out);
        event_sentence.put(out);
        mentions.put(out);
        sentences.put(out);
        publication.put(out);
    }

    fn take(input: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(TimelineEntry {
            value: Wire::take(input)?,
            precision: Wire::take(input)?,
            relation: Wire::take(input)?,
            year_inferred: Wire::take(input)?,
            event: Wire::take(input)?,
            event_sentence: Wire::take(input)?,
            mentions: Wire::take(input)?,
            sentences: Wire::take(input)?,
            publication: Wire::take(input)?,
        })
    }
}

/// Years are held to what the TIMEX text form can write (four digits, three for a decade, two
/// for a century), as the JSON form was: the timeline multiplies decades and centuries out to
/// years, which a garbled value must not overflow.
impl Wire for Timex {
    fn put(&self, out: &mut Writer) {
        match self {
            Timex::Day { year, month, day } => {
                out.byte(0);
                year.put(out);
                month.put(out);
                day.put(out);
            }
            Timex::Week { year, week } => {
                out.byte(1);
                year.put(out);
                week.put(out);
            }
            Timex::Month { year, month } => {
                out.byte(2);
                year.put(out);
                month.put(out);
            }
            Timex::Season { year, season } => {
                out.byte(3);
                year.put(out);
                season.put(out);
            }
            Timex::Year(year) => {
                out.byte(4);
                year.put(out);
            }
            Timex::Decade(decade) => {
                out.byte(5);
                decade.put(out);
            }
            Timex::Century(century) => {
                out.byte(6);
                century.put(out);
            }
            Timex::Quarter { year, quarter } => {
                out.byte(7);
                year.put(out);
                quarter.put(out);
            }
            Timex::Half { year, half } => {
                out.byte(8);
                year.put(out);
                half.put(out);
            }
        }
    }

    fn take(input: &mut Reader<'_>) -> Result<Self, WireError> {
        let at = input.at();
        let within = |value: i32, most: i32| {
            (0..=most)
                .contains(&value)
                .then_some(value)
                .ok_or(WireError::Range { what: "TIMEX", at })
        };
        // a quarter or half past its year's count would make a range past December
        let part = |value: u32, most: u32| {
            (1..=most)
                .contains(&value)
                .then_some(value)
                .ok_or(WireError::Range { what: "TIMEX", at })
        };
        let year = |input: &mut Reader<'_>| -> Result<Option<i32>, WireError> {
            <Option<i32> as Wire>::take(input)?.map(|year| within(year, 9999)).transpose()
        };
        match input.byte()? {
            0 => Ok(Timex::Day {
                year: year(input)?,
                month: Wire::take(input)?,
                day: Wire::take(input)?,
            }),
            1 => Ok(Timex::Week {
                year: within(Wire::take(input)?, 9999)?,
                week: Wire::take(input)?,
            }),
            2 => Ok(Timex::Month { year: year(input)?, month: Wire::take(input)? }),
            3 => Ok(Timex::Season { year: year(input)?, season: Wire::take(input)? }),
            4 => Ok(Timex::Year(within(Wire::take(input)?, 9999)?)),
            5 => Ok(Timex::Decade(within(Wire::take(input)?, 999)?)),
            6 => Ok(Timex::Century(within(Wire::take(input)?, 99)?)),
            7 => Ok(Timex::Quarter { year: year(input)?, quarter: part(Wire::take(input)?, 4)? }),
            8 => Ok(Timex::Half { year: year(input)?, half: part(Wire::take(input)?, 2)? }),
            tag => Err(WireError::Tag { what: "TIMEX", tag, at }),
        }
    }
}

wire_enum!(Precision { Day = 0, Week = 1, Month = 2, Season = 3, Year = 4, Decade = 5, Century = 6 });
wire_enum!(Season { Spring = 0, Summer = 1, Fall = 2, Winter = 3 });
wire_enum!(Relation { Before = 0, Current = 1, After = 2 });
wire_enum!(TimeRef { Past = 0, Present = 1, Future = 2 });

impl Wire for Figure {
    fn put(&self, out: &mut Writer) {
        let Figure {
            span,
            sentence,
            value,
            unit,
            kind,
            against,
            qualifier,
            change,
            about,
            salience,
            rank,
            mentions,
        } = self;
        span.put(out);
        sentence.put(out);
        value.put(out);
        unit.put(out);
        kind.put(out);
        against.put(out);
        qualifier.put(out);
        change.put(out);
        about.put(out);
        salience.put(out);
        rank.put(out);
        mentions.put(out);
    }

    fn take(input: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Figure {
            span: Wire::take(input)?,
            sentence: Wire::take(input)?,
            value: Wire::take(input)?,
            unit: Wire::take(input)?,
            kind: Wire::take(input)?,
            against: Wire::take(input)?,
            qualifier: Wire::take(input)?,
            change: Wire::take(input)?,
            about: Wire::take(input)?,
            salience: Wire::take(input)?,
            rank: Wire::take(input)?,
            mentions: Wire::take(input)?,
        })
    }
}

wire_enum!(FigureKind { Percent = 0, Points = 1, Money = 2, Count = 3, Measure = 4, Score = 5 });
wire_enum!(Qualifier {
    About = 0,
    MoreThan = 1,
    LessThan = 2,
    Nearly = 3,
    UpTo = 4,
    AtLeast = 5,
    AtMost = 6,
    Only = 7,
});
wire_enum!(ChangeDirection { Up = 0, Down = 1, Doubled = 2, Tripled = 3, Halved = 4 });

impl Wire for Change {
    fn put(&self, out: &mut Writer) {
        let Change { direction, reference } = self;
        direction.put(out);
        reference.put(out);
    }

    fn take(input: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Change { direction: Wire::take(input)?, reference: Wire::take(input)? })
    }
}

impl Wire for FigureMention {
    fn put(&self, out: &mut Writer) {
        let FigureMention { span, sentence } = self;
        span.put(out);
        sentence.put(out);
    }

    fn take(input: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(FigureMention { span: Wire::take(input)?, sentence: Wire::take(input)? })
    }
}

impl Wire for Summary {
    fn put(&self, out: &mut Writer) {
        let Summary { gist, sentences, scores, round_up } = self;
        gist.put(out);
        sentences.put(out);
        scores.put(out);
        round_up.put(out);
    }

    fn take(input: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Summary {
            gist: Wire::take(input)?,
            sentences: Wire::take(input)?,
            scores: Wire::take(input)?,
            round_up: Wire::take(input)?,
        })
    }
}

impl Wire for Gist {
    fn put(&self, out: &mut Writer) {
        let Gist { text, span, source } = self;
        text.put(out);
        span.put(out);
        source.put(out);
    }

    fn take(input: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Gist { text: Wire::take(input)?, span: Wire::take(input)?, source: Wire::take(input)? })
    }
}

wire_enum!(GistSource { Headline = 0, Lead = 1 });

impl Wire for Quote {
    fn put(&self, out: &mut Writer) {
        let Quote { kind, parts, sentences, speaker } = self;
        kind.put(out);
        parts.put(out);
        sentences.put(out);
        speaker.put(out);
    }

    fn take(input: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Quote {
            kind: Wire::take(input)?,
            parts: Wire::take(input)?,
            sentences: Wire::take(input)?,
            speaker: Wire::take(input)?,
        })
    }
}

wire_enum!(QuoteKind { Direct = 0, Partial = 1, Paraphrase = 2 });

impl Wire for Speaker {
    fn put(&self, out: &mut Writer) {
        let Speaker { written, name, role, via } = self;
        written.put(out);
        name.put(out);
        role.put(out);
        via.put(out);
    }

    fn take(input: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Speaker {
            written: Wire::take(input)?,
            name: Wire::take(input)?,
            role: Wire::take(input)?,
            via: Wire::take(input)?,
        })
    }
}

wire_enum!(SpeakerVia { Named = 0, Described = 1, Pronoun = 2, RoleNoun = 3, Continued = 4 });

impl Wire for Entity {
    fn put(&self, out: &mut Writer) {
        let Entity { name, kind, aliases, roles, mentions, prominence } = self;
        name.put(out);
        kind.put(out);
        aliases.put(out);
        roles.put(out);
        mentions.put(out);
        prominence.put(out);
    }

    fn take(input: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Entity {
            name: Wire::take(input)?,
            kind: Wire::take(input)?,
            aliases: Wire::take(input)?,
            roles: Wire::take(input)?,
            mentions: Wire::take(input)?,
            prominence: Wire::take(input)?,
        })
    }
}

wire_enum!(EntityKind { Person = 0, Place = 1, Org = 2 });

impl Wire for Mention {
    fn put(&self, out: &mut Writer) {
        let Mention { span, sentence } = self;
        span.put(out);
        sentence.put(out);
    }

    fn take(input: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Mention { span: Wire::take(input)?, sentence: Wire::take(input)? })
    }
}

wire_enum!(Language {
    English = 0,
    Spanish = 1,
    French = 2,
    German = 3,
    Italian = 4,
    Portuguese = 5,
    Dutch = 6,
});
