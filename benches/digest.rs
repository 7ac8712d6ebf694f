//! Digest throughput, natively: each corpus article, the whole corpus, each stage over the
//! corpus, and 1 MB / 10 MB inputs built by repeating the corpus (cost must grow linearly).
//! `cargo bench` (add `-- --quick` for a rough pass, or a filter such as `-- scale`).
//! These measure; no test anywhere asserts a time.

// Criterion is a native-only dev-dependency: for the wasm target this bench is an empty program.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main();
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::hint::black_box;
    use std::path::Path;
    use std::time::Duration;

    use criterion::{BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group};
    use lede::engine::bench_support::{self, STAGES};
    use lede::engine::{Options, digest};

    /// The corpus articles (tests/corpus/*.txt), sorted by name.
    fn corpus() -> Vec<(String, String)> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
        let mut articles: Vec<(String, String)> = std::fs::read_dir(&dir)
            .expect("tests/corpus")
            .filter_map(|entry| {
                let path = entry.ok()?.path();
                (path.extension()? == "txt").then(|| {
                    let name = path.file_stem().unwrap().to_string_lossy().into_owned();
                    (name, std::fs::read_to_string(&path).expect("a corpus article"))
                })
            })
            .collect();
        articles.sort();
        articles
    }

    /// The article's own prose (headline, highlights, subheadings, body), without its page chrome.
    fn prose(text: &str) -> String {
        let d = digest(text, &Options::default());
        let parts: Vec<&str> =
            d.paragraphs.iter().filter(|p| p.role.is_text()).map(|p| p.span.of(text)).collect();
        parts.join("\n\n")
    }

    /// At least `bytes` of text: the prose of the corpus articles repeated, separated by blank
    /// lines, as one long report. (Pasting whole pages one after another would not do: the first
    /// page's comments or related-links section makes everything after it chrome, which the
    /// extractors skip, so it would time the layout reader alone.)
    fn repeated(articles: &[(String, String)], bytes: usize) -> String {
        let prose: Vec<String> = articles.iter().map(|(_, text)| prose(text)).collect();
        let mut text = String::with_capacity(bytes + 100_000);
        while text.len() < bytes {
            for article in &prose {
                text.push_str(article);
                text.push_str("\n\n");
            }
        }
        text
    }

    fn articles(c: &mut Criterion) {
        let corpus = corpus();
        let mut group = c.benchmark_group("article");
        for (name, text) in &corpus {
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::from_parameter(name), text, |b, text| {
                b.iter(|| digest(black_box(text), &Options::default()))
            });
        }
        group.finish();

        let mut group = c.benchmark_group("corpus");
        group.throughput(Throughput::Bytes(corpus.iter().map(|(_, t)| t.len() as u64).sum()));
        group.bench_function("all", |b| {
            b.iter(|| {
                for (_, text) in &corpus {
                    black_box(digest(black_box(text), &Options::default()));
                }
            })
        });
        group.finish();
    }

    fn stages(c: &mut Criterion) {
        let corpus = corpus();
        let prepared: Vec<_> =
            corpus.iter().map(|(_, text)| bench_support::prepare(text)).collect();
        let mut group = c.benchmark_group("stage");
        group.throughput(Throughput::Bytes(corpus.iter().map(|(_, t)| t.len() as u64).sum()));
        for stage in STAGES {
            group.bench_function(*stage, |b| {
                b.iter(|| prepared.iter().map(|p| bench_support::run(stage, p)).sum::<usize>())
            });
        }
        group.finish();
    }

    /// The entity tagger alone over the sentences the entity stage reads (the throughput is of
    /// those bytes only).
    fn tagger(c: &mut Criterion) {
        let corpus = corpus();
        let prepared: Vec<_> =
            corpus.iter().map(|(_, text)| bench_support::prepare(text)).collect();
        let sentences: Vec<_> = prepared.iter().map(bench_support::prose_sentences).collect();
        let mut group = c.benchmark_group("tagger");
        group.throughput(Throughput::Bytes(sentences.iter().map(|(_, n)| *n as u64).sum()));
        group.bench_function("corpus prose", |b| {
            b.iter(|| {
                prepared
                    .iter()
                    .zip(&sentences)
                    .map(|(p, (spans, _))| bench_support::tag(p, black_box(spans)))
                    .sum::<usize>()
            })
        });
        group.finish();
    }

    fn scale(c: &mut Criterion) {
        let corpus = corpus();
        let mut group = c.benchmark_group("scale");
        group
            .sampling_mode(SamplingMode::Flat)
            .sample_size(10)
            .warm_up_time(Duration::from_secs(1));
        for (label, bytes) in [("1MB", 1_000_000), ("10MB", 10_000_000)] {
            let text = repeated(&corpus, bytes);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.measurement_time(Duration::from_secs(if bytes > 1_000_000 { 20 } else { 5 }));
            group.bench_with_input(BenchmarkId::from_parameter(label), &text, |b, text| {
                b.iter(|| digest(black_box(text), &Options::default()))
            });
        }
        group.finish();
    }

    criterion_group! {
        name = benches;
        config = Criterion::default().warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_secs(2));
        targets = articles, stages, tagger, scale
    }
    pub fn main() {
        benches();
        Criterion::default().configure_from_args().final_summary();
    }
}
