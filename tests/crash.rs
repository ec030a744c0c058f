//! SIGKILL stage workers again and again while articles flow, restart them under the same
//! instance id; a `read_committed` consumer still sees every event exactly once.

mod common;

use common::{assert_exactly, produce, Reader, TestTopics};
use std::time::Duration;

#[test]
fn killed_workers_lose_nothing_and_duplicate_nothing() {
    let topics = TestTopics::new("crash", 2);
    let stages = ["entities", "stance", "events"];
    let mut workers: Vec<_> = stages.iter().map(|s| topics.spawn(s, "a", &[])).collect();

    let articles = common::articles(150, "crash");
    let expected = common::expected_events(&articles);
    assert!(
        expected.len() >= articles.len(),
        "the articles must yield events for this test to prove anything"
    );
    let mut reader = Reader::new(&topics.events);
    let chunks: Vec<_> = articles.chunks(25).collect();
    for (round, chunk) in chunks.iter().enumerate() {
        produce(&topics.raw, chunk);
        // Kill at varied moments after publishing (0–480 ms), so kills land before, during
        // and after the workers' transactions on this chunk.
        let delay = Duration::from_millis((round as u64 * 97) % 500);
        reader.read_until(delay, |_| false);
        let victim = round % stages.len();
        workers[victim].sigkill();
        workers[victim] = topics.spawn(stages[victim], "a", &[]);
    }

    let complete = reader.read_until(Duration::from_secs(180), |m| m.len() >= expected.len());
    assert!(
        complete,
        "only {} of {} events after {} kills\n{}",
        reader.messages.len(),
        expected.len(),
        chunks.len(),
        topics.logs()
    );
    // Duplicates would arrive late, after redelivery: keep listening a while.
    reader.drain(Duration::from_secs(5));
    assert_exactly(&expected, &reader.events());
    // The coded statements went in the events' transactions: exactly once too.
    let statements = common::expected_statements(&articles);
    assert!(!statements.is_empty());
    let mut said = Reader::new(&topics.statements);
    assert_exactly(&statements, &said.expect_events(statements.len(), &topics));
}
