//! Prints how long the entity stage takes to load its resources (gazetteers,
//! knowledge base, language tables, taggers):
//! `cargo run --release -p warta-entities --example load_time`.

use std::time::Instant;

use warta_entities::EntityStage;

fn main() {
    let runs = 5;
    let mut best = f64::MAX;
    for _ in 0..runs {
        let t = Instant::now();
        match EntityStage::try_new() {
            Ok(stage) => drop(stage),
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(1);
            }
        }
        best = best.min(t.elapsed().as_secs_f64() * 1000.0);
    }
    println!("entity stage load: {best:.1} ms (best of {runs})");
}
