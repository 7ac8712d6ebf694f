//! One small picture per kind of thing the cards show (entity type, figure kind, how precise a
//! date is), so a reader can scan a panel by shape as well as by word. The icons are decoration:
//! hidden from screen readers (the kind is in the text beside them: a group heading, a
//! precision label, a value with its unit), drawn in `currentColor` so the stylesheet colours
//! them once per kind for both themes, and stroked by the stylesheet so each costs one path.
//! Every match is exhaustive: a new kind does not compile until it has an icon.

use yew::{Html, classes, html};

use crate::engine::{EntityKind, FigureKind, Precision};

/// A 16×16 outline icon; `name` becomes its class (`icon-NAME`), which the stylesheet colours.
fn icon(name: &'static str, path: &'static str) -> Html {
    html! {
        <svg class={classes!("icon", name)} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d={path} />
        </svg>
    }
}

/// A calendar page; the mark inside it says how much of the calendar a date covers.
macro_rules! calendar {
    ($inside:literal) => {
        concat!("M2 3h12v11H2zM2 6h12M5 1.5v3m6-3v3", $inside)
    };
}

pub fn entity(kind: EntityKind) -> Html {
    match kind {
        // A head and shoulders.
        EntityKind::Person => {
            icon("icon-person", "M8 2a3 3 0 1 0 0 6 3 3 0 1 0 0-6M2 15a6 6 0 0 1 12 0")
        }
        // A map pin.
        EntityKind::Place => icon(
            "icon-place",
            "M8 15S3 10 3 6.5a5 5 0 0 1 10 0C13 10 8 15 8 15zm0-10a1.5 1.5 0 1 0 0 3 1.5 1.5 0 1 0 0-3",
        ),
        // A building with windows.
        EntityKind::Org => icon("icon-org", "M3 15V2h7v13m0-9h3v9M1 15h14M5.5 5h2m-2 3h2m-2 3h2"),
    }
}

pub fn figure(kind: FigureKind) -> Html {
    match kind {
        // A percent sign.
        FigureKind::Percent => icon(
            "icon-percent",
            "M3 13 13 3M4.5 2.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 1 0 0-3m7 8a1.5 1.5 0 1 0 0 3 1.5 1.5 0 1 0 0-3",
        ),
        // A line rising on a chart: points move an index or a rate.
        FigureKind::Points => icon("icon-points", "M1 12l4-4 3 3 6-6m-4 0h4v4"),
        // A banknote.
        FigureKind::Money => icon("icon-money", "M1 4h14v8H1zm7 2a2 2 0 1 0 0 4 2 2 0 1 0 0-4"),
        // A number sign.
        FigureKind::Count => icon("icon-count", "M6.5 2 5 14m6-12-1.5 12M2.5 6h11m-11 4h11"),
        // A ruler.
        FigureKind::Measure => icon("icon-measure", "M1 6h14v5H1zm3 0v2m3-2v3m3-3v2m3-2v3"),
        // A scoreboard: two sides and the line between them.
        FigureKind::Score => icon("icon-score", "M1 3h14v10H1zm7 0v10M4 6v4m8-4v4"),
    }
}

pub fn precision(precision: Precision) -> Html {
    match precision {
        // One day marked on the page.
        Precision::Day => icon("icon-day", calendar!("M7 9h2v2H7z")),
        // One row of the page.
        Precision::Week => icon("icon-week", calendar!("M4.5 10h7")),
        // The whole page.
        Precision::Month => icon("icon-month", calendar!("M4.5 8.5h7m-7 3h7")),
        // A leaf.
        Precision::Season => icon("icon-season", "M3 13C3 6 7 3 14 2c0 7-4 11-11 11zm0 0 6-6"),
        // A turn of the calendar.
        Precision::Year => icon("icon-year", "M13 8a5 5 0 1 1-1.5-3.5M12 1.5V5H8.5"),
        // Tree rings.
        Precision::Decade => {
            icon("icon-decade", "M8 2a6 6 0 1 0 0 12A6 6 0 1 0 8 2m0 3a3 3 0 1 0 0 6 3 3 0 1 0 0-6")
        }
        // An hourglass.
        Precision::Century => icon("icon-century", "M4 2h8L4 14h8z"),
    }
}
