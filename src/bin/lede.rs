//! `lede digest FILE [--published YYYY-MM-DD] [--dates | --sentences]`: the engine on the command line,
//! printing the gold-format JSON the evaluation scorer reads, or with `--dates` every date
//! mention with its byte span and TIMEX value (what span-level date suites score), or with
//! `--sentences` every sentence with its span and role (what the summary suite counts). FILE
//! `-` reads standard input.
//! `lede compare A B`: two versions of a story compared, as JSON (same story, aligned sentences,
//! what only one has, facts that differ, merged entities).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

// Cargo builds every binary for every target; in the browser this one has nothing to do.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::{self, Read, Write};
    use std::path::Path;
    use std::process::ExitCode;

    use lede::engine::{self, CalendarDate, Options, gold};

    const USAGE: &str = "usage: lede digest FILE [--published YYYY-MM-DD] [--dates | --sentences] | lede compare A B   (FILE - reads stdin)";

    /// Why the command could not run, worded for one line on stderr.
    #[derive(Debug, thiserror::Error)]
    enum CliError {
        #[error("{USAGE}")]
        Usage,
        #[error("unknown argument '{0}'\n{USAGE}")]
        UnknownArgument(String),
        #[error("--published: {0}")]
        BadDate(#[from] engine::DateError),
        #[error("cannot read {path}: {source}")]
        Read { path: String, source: io::Error },
        #[error("cannot write the output: {0}")]
        Write(io::Error),
        #[error("{path} is not UTF-8 text (invalid byte at offset {offset})")]
        NotText { path: String, offset: usize },
    }

    impl CliError {
        fn exit_code(&self) -> u8 {
            match self {
                CliError::Usage | CliError::UnknownArgument(_) | CliError::BadDate(_) => 2,
                CliError::Read { .. } | CliError::NotText { .. } | CliError::Write(_) => 1,
            }
        }
    }

    /// What `digest` prints.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum View {
        /// The gold-format JSON.
        Gold,
        /// Every date mention with its span ([`engine::dates_view`]).
        Dates,
        /// Every sentence with its span and role ([`engine::sentences_view`]).
        Sentences,
    }

    enum Command {
        Digest { file: String, options: Options, view: View },
        Compare { a: String, b: String },
    }

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        if matches!(args.first().map(String::as_str), Some("-h" | "--help" | "help")) {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        if matches!(args.first().map(String::as_str), Some("-V" | "--version")) {
            println!("lede {}", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        match parse(&args).and_then(run) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("lede: {error}");
                ExitCode::from(error.exit_code())
            }
        }
    }

    fn parse(args: &[String]) -> Result<Command, CliError> {
        match args.first().map(String::as_str) {
            Some("digest") => parse_digest(&args[1..]),
            Some("compare") => parse_compare(&args[1..]),
            _ => Err(CliError::Usage),
        }
    }

    /// `compare A B`: exactly two files (at most one of them `-`).
    fn parse_compare(args: &[String]) -> Result<Command, CliError> {
        let mut files = Vec::new();
        for arg in args {
            if arg.starts_with('-') && arg != "-" || files.len() == 2 {
                return Err(CliError::UnknownArgument(arg.clone()));
            }
            files.push(arg.clone());
        }
        match <[String; 2]>::try_from(files) {
            Ok([a, b]) if !(a == "-" && b == "-") => Ok(Command::Compare { a, b }),
            _ => Err(CliError::Usage),
        }
    }

    fn parse_digest(args: &[String]) -> Result<Command, CliError> {
        let mut args = args.iter();
        let mut file = None;
        let mut options = Options::default();
        let mut view = View::Gold;
        while let Some(arg) = args.next() {
            if arg == "--dates" {
                view = View::Dates;
            } else if arg == "--sentences" {
                view = View::Sentences;
            } else if arg == "--published" {
                let value = args.next().ok_or(CliError::Usage)?;
                options.published = Some(value.parse::<CalendarDate>()?);
            } else if let Some(value) = arg.strip_prefix("--published=") {
                options.published = Some(value.parse::<CalendarDate>()?);
            } else if arg.starts_with('-') && arg != "-" {
                return Err(CliError::UnknownArgument(arg.clone()));
            } else if file.is_none() {
                file = Some(arg.clone());
            } else {
                return Err(CliError::UnknownArgument(arg.clone()));
            }
        }
        let file = file.ok_or(CliError::Usage)?;
        Ok(Command::Digest { file, options, view })
    }

    fn run(command: Command) -> Result<(), CliError> {
        match command {
            Command::Digest { file, options, view } => {
                let text = read_text(&file)?;
                let digest = engine::digest(&text, &options);
                match view {
                    View::Gold => print(&gold::gold_view(&id_of(&file), &digest, &text)),
                    View::Dates => print(&engine::dates_view(&digest, &text)),
                    View::Sentences => print(&engine::sentences_view(&digest, &text)),
                }
            }
            Command::Compare { a, b } => {
                let (text_a, text_b) = (read_text(&a)?, read_text(&b)?);
                let options = Options::default();
                let (digest_a, digest_b) =
                    (engine::digest(&text_a, &options), engine::digest(&text_b, &options));
                print(&engine::compare_view(
                    &id_of(&a),
                    (&digest_a, &text_a),
                    &id_of(&b),
                    (&digest_b, &text_b),
                ))
            }
        }
    }

    fn id_of(path: &str) -> String {
        if path == "-" { "stdin".to_owned() } else { article_id(path) }
    }

    /// The file (or stdin for `-`) as UTF-8 text.
    fn read_text(path: &str) -> Result<String, CliError> {
        let path = path.to_owned();
        let mut bytes = Vec::new();
        let read = if path == "-" {
            io::stdin().read_to_end(&mut bytes).map(drop)
        } else {
            std::fs::read(&path).map(|b| bytes = b)
        };
        read.map_err(|source| CliError::Read { path: path.clone(), source })?;
        let text = String::from_utf8(bytes).map_err(|e| CliError::NotText {
            path: path.clone(),
            offset: e.utf8_error().valid_up_to(),
        })?;
        Ok(text)
    }

    /// Pretty JSON on stdout.
    fn print(view: &impl serde::Serialize) -> Result<(), CliError> {
        let mut out = io::stdout().lock();
        let written = serde_json::to_writer_pretty(&mut out, view)
            .map_err(io::Error::from)
            .and_then(|()| writeln!(out));
        // A closed pipe (`lede digest x | head`) is not worth a message; anything else is.
        match written {
            Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(CliError::Write(e)),
            _ => Ok(()),
        }
    }

    /// The article's name as the corpus uses it: the file name without `.txt`/`.md`/`.html`.
    fn article_id(path: &str) -> String {
        let name = Path::new(path).file_name().and_then(|n| n.to_str()).unwrap_or(path);
        ["txt", "md", "markdown", "html", "htm"]
            .iter()
            .find_map(|ext| name.strip_suffix(&format!(".{ext}")))
            .unwrap_or(name)
            .to_owned()
    }
}
