//! `cargo run --release --bin lede-scale [SHAPE...] [--sizes 100k,1m,5m] [--timeout SECS]`:
//! how the engine's time and memory grow with the input, for each shape of input that once made
//! it super-linear (issue 23) and for ordinary prose. Prints a Markdown table: MB/s at each size,
//! the 5 MB / 1 MB time ratio (5.0 is linear) and the peak memory the largest input adds to the
//! engine's own tables (made once, at its first read), over the input's size. Times are CPU
//! time of the best of repeated reads, so other work on a shared machine counts little.
//!
//! Each shape is generated deterministically from a fixed seed, from a small vocabulary of
//! function words and invented names (no article text). Each size runs in a process of its own
//! (this program re-runs itself), so the peak resident memory (`VmHWM`) is that size's alone.
//! It measures; nothing asserts a time.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    scale::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod scale {
    use std::fmt::Write as _;
    use std::process::{Command, ExitCode, Stdio};
    use std::time::{Duration, Instant};

    use lede::engine::bench_support::{self, STAGES};
    use lede::engine::{Options, digest};

    const KB: usize = 1000;
    const MB: usize = 1000 * KB;

    /// The shapes, each with what it stresses.
    const SHAPES: &[(&str, &str)] = &[
        ("prose", "ordinary prose (the control)"),
        ("long-sentence", "one sentence with no full stop"),
        ("dollars", "a dollar amount in every sentence"),
        ("weekdays", "a weekday in every sentence"),
        ("dates", "a date in every sentence"),
        ("figures", "figures with units in every sentence"),
        ("links", "URLs and e-mail addresses"),
        ("date-list", "dates in a row, a few bytes apart"),
        ("figure-list", "figures in a row, short sentences"),
        ("name-list", "names in a row, short sentences"),
        ("no-spaces", "one line of letters and digits, no space"),
    ];

    const DEFAULT_SIZES: &[usize] = &[100 * KB, MB, 5 * MB];

    /// A small deterministic generator (xorshift64*): the same text on every machine and run.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
        fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
            from[self.below(from.len())]
        }
        fn chance(&mut self, percent: usize) -> bool {
            self.below(100) < percent
        }
    }

    const WORDS: &[&str] = &[
        "the",
        "board",
        "said",
        "cargo",
        "rose",
        "on",
        "of",
        "and",
        "to",
        "in",
        "a",
        "council",
        "port",
        "plan",
        "would",
        "after",
        "before",
        "its",
        "new",
        "harbour",
        "vote",
        "report",
        "which",
        "that",
        "was",
        "has",
        "from",
        "by",
        "with",
        "for",
        "at",
        "their",
        "members",
        "week",
        "market",
        "water",
        "road",
        "school",
        "told",
        "reporters",
        "percent",
        "year",
    ];
    const OPENERS: &[&str] = &["The", "A", "Its", "Their", "Officials", "Members", "Residents"];
    /// Invented names: capitalised syllables, two to a name.
    const SYLLABLES: &[&str] =
        &["ar", "len", "ok", "on", "kwo", "var", "do", "ke", "sim", "tu", "mel", "ria"];
    const WEEKDAYS: &[&str] =
        &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    const MONTHS: &[&str] = &[
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const UNITS: &[&str] = &["tonnes", "km", "people", "percent", "barrels", "homes", "hectares"];
    const SCALES: &[&str] = &["million", "billion", "thousand"];

    /// Invented people, repeated through a text as a story's cast is.
    const CAST: &[&str] = &["Arlen Voskuna", "Mireth Okanu", "Tolli Brandae", "Ketsu Arvell"];

    /// A name: one of the cast half the time, else a new invented word.
    fn name(rng: &mut Rng) -> String {
        if rng.chance(50) {
            return rng.pick(CAST).to_owned();
        }
        let mut word = String::new();
        for _ in 0..2 + rng.below(2) {
            word.push_str(rng.pick(SYLLABLES));
        }
        let mut chars = word.chars();
        chars.next().map(|c| c.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or(word)
    }

    fn date(rng: &mut Rng) -> String {
        let (day, month, year) = (1 + rng.below(28), rng.pick(MONTHS), 1990 + rng.below(40));
        match rng.below(4) {
            0 => format!("{month} {day}, {year}"),
            1 => format!("{day} {month} {year}"),
            2 => format!("{year}-{:02}-{day:02}", 1 + rng.below(12)),
            _ => format!("{} {month}", rng.pick(WEEKDAYS)),
        }
    }

    fn figure(rng: &mut Rng) -> String {
        match rng.below(4) {
            0 => format!("{},{:03} {}", 1 + rng.below(99), rng.below(1000), rng.pick(UNITS)),
            1 => format!("{}.{} percent", rng.below(100), rng.below(10)),
            2 => format!("{} {}", 2 + rng.below(900), rng.pick(UNITS)),
            _ => format!(
                "{}.{} {} {}",
                1 + rng.below(99),
                rng.below(10),
                rng.pick(SCALES),
                rng.pick(UNITS)
            ),
        }
    }

    fn link(rng: &mut Rng) -> String {
        let (host, page) = (name(rng).to_lowercase(), name(rng).to_lowercase());
        match rng.below(3) {
            0 => format!(
                "https://www.{host}.example/news/{page}/{}?id={}",
                rng.below(9999),
                rng.next() % 100_000
            ),
            1 => format!("{page}.{}@{host}.example", name(rng).to_lowercase()),
            _ => format!("www.{host}.example/{page}.html"),
        }
    }

    /// `count` plain words, a name now and then.
    fn words(rng: &mut Rng, out: &mut String, count: usize) {
        for _ in 0..count {
            out.push(' ');
            if rng.chance(8) {
                out.push_str(&name(rng));
            } else {
                out.push_str(rng.pick(WORDS));
            }
        }
    }

    /// One sentence of `shape`, with the thing the shape is about in it.
    fn sentence(shape: &str, rng: &mut Rng, out: &mut String) {
        out.push_str(rng.pick(OPENERS));
        let count = 3 + rng.below(6);
        words(rng, out, count);
        let special = match shape {
            "dollars" => format!(" ${}.{} {}", 1 + rng.below(900), rng.below(10), rng.pick(SCALES)),
            "weekdays" => format!(" on {}", rng.pick(WEEKDAYS)),
            "dates" => format!(" on {}", date(rng)),
            "figures" => format!(" {} and {}", figure(rng), figure(rng)),
            "links" => format!(" at {} or {}", link(rng), link(rng)),
            // The control: now and then a figure, a date or a quote, as news has.
            _ => match rng.below(10) {
                0 => format!(" {}", figure(rng)),
                1 => format!(" on {}", date(rng)),
                2 => format!(", {} said", name(rng)),
                _ => String::new(),
            },
        };
        out.push_str(&special);
        let count = 3 + rng.below(8);
        words(rng, out, count);
        out.push('.');
    }

    /// At least `bytes` of text of the shape.
    pub fn generate(shape: &str, bytes: usize) -> String {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let mut out = String::with_capacity(bytes + 200);
        match shape {
            "long-sentence" => {
                // Much of what the other shapes hold, in one sentence: no full stop, no comma,
                // no line (a transcript; the clause around a date runs to the sentence's ends).
                out.push_str("The");
                while out.len() < bytes {
                    match rng.below(24) {
                        0 => {
                            let _ = write!(out, " on {}", rng.pick(WEEKDAYS));
                        }
                        1 => {
                            let _ = write!(out, " {} percent", rng.below(100));
                        }
                        2 => {
                            let _ = write!(out, " ${}", 1 + rng.below(999));
                        }
                        3 => {
                            let _ = write!(out, " in {}", 1990 + rng.below(40));
                        }
                        4 => {
                            let _ = write!(out, " {}", figure(&mut rng));
                        }
                        5 => out.push_str(" said"),
                        _ => words(&mut rng, &mut out, 1),
                    }
                }
            }
            "date-list" => {
                // "on July 23, 2009, on 4 May 1998, ...": one sentence per line.
                while out.len() < bytes {
                    out.push_str("The board met");
                    for _ in 0..20 {
                        let _ = write!(out, " on {},", date(&mut rng));
                    }
                    out.push_str(" and again.\n");
                }
            }
            "figure-list" => {
                while out.len() < bytes {
                    let _ = write!(
                        out,
                        "{}, up {}%, {}. ",
                        figure(&mut rng),
                        rng.below(100),
                        figure(&mut rng)
                    );
                }
            }
            "name-list" => {
                while out.len() < bytes {
                    let _ = write!(
                        out,
                        "{} met {} in {}. ",
                        name(&mut rng),
                        name(&mut rng),
                        name(&mut rng)
                    );
                }
            }
            "no-spaces" => {
                const ALNUM: &[u8] =
                    b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
                while out.len() < bytes {
                    out.push(char::from(ALNUM[rng.below(ALNUM.len())]));
                }
            }
            _ => {
                let mut in_paragraph = 0;
                while out.len() < bytes {
                    sentence(shape, &mut rng, &mut out);
                    in_paragraph += 1;
                    if in_paragraph == 4 {
                        out.push_str("\n\n");
                        in_paragraph = 0;
                    } else {
                        out.push(' ');
                    }
                }
            }
        }
        out
    }

    /// This process's peak resident memory in bytes (Linux `/proc/self/status`, `VmHWM`).
    fn peak_memory() -> Option<usize> {
        let status = std::fs::read_to_string("/proc/self/status").ok()?;
        let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
        let kb: usize = line.split_whitespace().nth(1)?.parse().ok()?;
        Some(kb * 1024)
    }

    /// The seconds this thread has run on a CPU (Linux `/proc/thread-self/schedstat`, in ns).
    fn cpu_time() -> Option<f64> {
        let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
        let ns: u64 = stat.split_whitespace().next()?.parse().ok()?;
        Some(ns as f64 / 1e9)
    }

    /// The child's work: generate, digest (repeated for small inputs, best time kept), print
    /// `seconds peak_bytes_over_baseline`.
    fn one(shape: &str, bytes: usize) -> ExitCode {
        // The engine's tables (gazetteer, language markers) are made at its first read and
        // kept: a fixed cost, not the input's, so a tiny read comes before the baseline.
        std::hint::black_box(digest(
            "Warm-up. On July 4, 2009, Arlen Voskuna said.",
            &Options::default(),
        ));
        let baseline = peak_memory().unwrap_or(0);
        let text = generate(shape, bytes);
        let mut best = f64::INFINITY;
        let started = Instant::now();
        loop {
            let (wall, cpu) = (Instant::now(), cpu_time());
            let d = digest(&text, &Options::default());
            std::hint::black_box(&d);
            drop(d);
            // CPU time when the system tells it: other processes on a shared machine then
            // do not count against the engine.
            let took = match (cpu, cpu_time()) {
                (Some(before), Some(after)) if after > before => after - before,
                _ => wall.elapsed().as_secs_f64(),
            };
            best = best.min(took);
            if started.elapsed() > Duration::from_millis(400) {
                break;
            }
        }
        let peak = peak_memory().map_or(0, |p| p.saturating_sub(baseline));
        println!("{best} {peak} {}", text.len());
        ExitCode::SUCCESS
    }

    struct Measured {
        seconds: f64,
        peak: usize,
        len: usize,
    }

    /// Runs one size in a child process; `None` when it did not finish within `timeout`.
    fn measure(shape: &str, bytes: usize, timeout: Duration) -> Option<Measured> {
        let exe = std::env::current_exe().ok()?;
        let mut child = Command::new(exe)
            .args(["--one", shape, &bytes.to_string()])
            .stdout(Stdio::piped())
            .spawn()
            .ok()?;
        let started = Instant::now();
        loop {
            if child.try_wait().ok()?.is_some() {
                break;
            }
            if started.elapsed() > timeout {
                let _ = child.kill();
                let _ = child.wait();
                return None;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let out = child.wait_with_output().ok()?;
        let line = String::from_utf8(out.stdout).ok()?;
        let mut parts = line.split_whitespace();
        Some(Measured {
            seconds: parts.next()?.parse().ok()?,
            peak: parts.next()?.parse().ok()?,
            len: parts.next()?.parse().ok()?,
        })
    }

    fn size_label(bytes: usize) -> String {
        if bytes >= MB { format!("{} MB", bytes / MB) } else { format!("{} KB", bytes / KB) }
    }

    fn parse_size(s: &str) -> Option<usize> {
        let s = s.to_ascii_lowercase();
        let (digits, unit) = match s.strip_suffix('m') {
            Some(d) => (d, MB),
            None => match s.strip_suffix('k') {
                Some(d) => (d, KB),
                None => (s.as_str(), 1),
            },
        };
        digits.parse::<usize>().ok().map(|n| n * unit)
    }

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        if args.first().map(String::as_str) == Some("--one") {
            let (Some(shape), Some(bytes)) =
                (args.get(1), args.get(2).and_then(|b| b.parse::<usize>().ok()))
            else {
                eprintln!("usage: lede-scale --one SHAPE BYTES");
                return ExitCode::from(2);
            };
            return one(shape, bytes);
        }
        let mut shapes: Vec<&str> = Vec::new();
        let mut sizes = DEFAULT_SIZES.to_vec();
        let mut timeout = Duration::from_secs(120);
        let mut rest = args.iter();
        while let Some(arg) = rest.next() {
            match arg.as_str() {
                "--sizes" => {
                    let Some(list) = rest.next().map(|l| l.split(',').map(parse_size).collect())
                    else {
                        eprintln!("--sizes: a list such as 100k,1m,5m");
                        return ExitCode::from(2);
                    };
                    match list {
                        Some(list) => sizes = list,
                        None => {
                            eprintln!("--sizes: a list such as 100k,1m,5m");
                            return ExitCode::from(2);
                        }
                    }
                }
                "--timeout" => match rest.next().and_then(|s| s.parse::<u64>().ok()) {
                    Some(secs) => timeout = Duration::from_secs(secs),
                    None => {
                        eprintln!("--timeout: seconds");
                        return ExitCode::from(2);
                    }
                },
                "--stages" => {
                    // Each stage's share of a digest of each shape at the first size.
                    for (shape, _) in SHAPES {
                        let text = generate(shape, sizes[0]);
                        let prepared = bench_support::prepare(&text);
                        let times: Vec<f64> = STAGES
                            .iter()
                            .map(|stage| {
                                let t = Instant::now();
                                std::hint::black_box(bench_support::run(stage, &prepared));
                                t.elapsed().as_secs_f64()
                            })
                            .collect();
                        let total: f64 = times.iter().sum();
                        let shares: Vec<String> = STAGES
                            .iter()
                            .zip(&times)
                            .map(|(stage, t)| format!("{stage} {:.0}%", 100.0 * t / total))
                            .collect();
                        println!("{shape}: {}", shares.join(", "));
                    }
                    return ExitCode::SUCCESS;
                }
                "--dump" => {
                    // Writes each shape at the first size to stdout's directory argument.
                    let Some(dir) = rest.next() else { return ExitCode::from(2) };
                    for (shape, _) in SHAPES {
                        let path = format!("{dir}/{shape}.txt");
                        if let Err(e) = std::fs::write(&path, generate(shape, sizes[0])) {
                            eprintln!("{path}: {e}");
                            return ExitCode::from(1);
                        }
                    }
                    return ExitCode::SUCCESS;
                }
                shape => match SHAPES.iter().find(|(name, _)| *name == shape) {
                    Some((name, _)) => shapes.push(name),
                    None => {
                        let names: Vec<&str> = SHAPES.iter().map(|(n, _)| *n).collect();
                        eprintln!("unknown shape '{shape}'; shapes: {}", names.join(", "));
                        return ExitCode::from(2);
                    }
                },
            }
        }
        if shapes.is_empty() {
            shapes = SHAPES.iter().map(|(name, _)| *name).collect();
        }
        let mut header = String::from("| shape |");
        let mut rule = String::from("|---|");
        for &size in &sizes {
            let _ = write!(header, " {} MB/s |", size_label(size));
            rule.push_str("---:|");
        }
        let _ = write!(
            header,
            " 5 MB / 1 MB time | peak memory / input at {} |",
            size_label(sizes.last().copied().unwrap_or(0))
        );
        rule.push_str("---:|---:|");
        println!("{header}\n{rule}");
        for shape in shapes {
            let mut row = format!("| {shape} |");
            let mut seconds = Vec::new();
            let mut memory: Option<f64> = None;
            for &size in &sizes {
                match measure(shape, size, timeout) {
                    Some(m) => {
                        let _ = write!(row, " {:.1} |", m.len as f64 / MB as f64 / m.seconds);
                        seconds.push((size, Some(m.seconds)));
                        // At the largest size: at 100 KB the engine's fixed tables dominate.
                        memory = Some(m.peak as f64 / m.len as f64);
                    }
                    None => {
                        let _ = write!(row, " > {} s |", timeout.as_secs());
                        seconds.push((size, None));
                        memory = None;
                    }
                }
            }
            let at = |size| seconds.iter().find(|(s, _)| *s == size).and_then(|(_, t)| *t);
            match (at(MB), at(5 * MB)) {
                (Some(one), Some(five)) => {
                    let _ = write!(row, " {:.1}× |", five / one);
                }
                (Some(one), None) => {
                    let _ = write!(row, " > {:.0}× |", timeout.as_secs_f64() / one);
                }
                _ => row.push_str(" – |"),
            }
            match memory {
                Some(ratio) => {
                    let _ = write!(row, " {ratio:.1}× |");
                }
                None => row.push_str(" – |"),
            }
            println!("{row}");
        }
        ExitCode::SUCCESS
    }
}
