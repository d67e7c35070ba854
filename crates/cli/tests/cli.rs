//! The command as a user runs it: exit codes, messages, batches, encodings.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newsbrief"))
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures").join(name)
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("newsbrief-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

#[test]
fn parse_prints_the_json_contract() {
    let o = run(&["parse", fixture("001_reuters_dateline.txt").to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(v["schema"], "newsbrief/article@1");
    for key in ["entities", "quotes", "times", "amounts", "attributions", "key_points"] {
        assert!(v[key].is_array(), "{key} is an array");
    }
    assert_eq!(v["meta"]["dateline"]["place"], "OSLO");
}

#[test]
fn missing_file_names_the_file_and_exits_1() {
    let o = run(&["parse", "no/such/article.txt"]);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(e.contains("no/such/article.txt") && e.contains("no such file"), "{e}");
    assert_eq!(e.lines().count(), 1, "one line: {e}");
}

#[test]
fn empty_binary_and_oversized_inputs_are_refused() {
    let dir = temp_dir("bad");
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, "  \n \n").unwrap();
    let binary = dir.join("binary.txt");
    std::fs::write(&binary, b"PK\x03\x04\x00\x00binary").unwrap();
    for (path, msg) in [(&empty, "no article text"), (&binary, "binary input")] {
        let o = run(&["parse", path.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(1));
        assert!(stderr(&o).contains(msg) && stderr(&o).contains(path.to_str().unwrap()), "{}", stderr(&o));
    }
    let o = run(&["parse", "--max-bytes", "100", fixture("001_reuters_dateline.txt").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("over the limit"), "{}", stderr(&o));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&["parse"]).status.code(), Some(2));
    assert_eq!(run(&["parse", "--date", "2023-02-30", "x.txt"]).status.code(), Some(2));
    assert_eq!(run(&["frobnicate"]).status.code(), Some(2));
    let o = run(&["--version"]);
    assert!(o.status.success() && String::from_utf8_lossy(&o.stdout).starts_with("newsbrief "));
}

#[test]
fn a_bad_file_in_a_batch_does_not_stop_the_others() {
    let good = fixture("003_write_to_footer.txt");
    let o = run(&["parse", "missing.txt", good.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(out.lines().count(), 1);
    let v: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    assert!(v["file"].as_str().unwrap().ends_with("003_write_to_footer.txt"));
    assert!(stderr(&o).contains("missing.txt"));

    let dir = temp_dir("batch");
    let o = run(&[
        "brief",
        "-o",
        dir.to_str().unwrap(),
        good.to_str().unwrap(),
        "missing.txt",
        fixture("004_ap_kyiv.txt").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(dir.join("003_write_to_footer.html").is_file());
    assert!(dir.join("004_ap_kyiv.html").is_file());
}

#[test]
fn legacy_encoding_is_decoded_with_a_note() {
    let o = run(&["parse", fixture("006_cp1252_cafe.txt").to_str().unwrap()]);
    assert!(o.status.success());
    assert!(stderr(&o).contains("windows-1252"), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["meta"]["headline"]["text"], "Café owners protest new terrace fees");
}

#[test]
fn reads_standard_input_and_writes_markdown() {
    let mut child =
        bin().args(["brief", "--format", "md", "-"]).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(b"Bridge Reopens After Repairs\nThe bridge reopened on Monday.\n").unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success());
    let md = String::from_utf8_lossy(&o.stdout);
    assert!(md.starts_with("# Bridge Reopens After Repairs\n"), "{md}");
}

#[test]
fn brief_writes_html_to_a_file() {
    let dir = temp_dir("one");
    let out = dir.join("brief.html");
    let o = run(&["brief", "-o", out.to_str().unwrap(), fixture("002_front_matter.txt").to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let html = std::fs::read_to_string(out).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("City Council Approves $1.2 Billion Transit Plan"));
}

#[test]
fn a_folder_is_a_batch_of_its_articles() {
    let dir = temp_dir("folder");
    std::fs::copy(fixture("001_reuters_dateline.txt"), dir.join("a.txt")).unwrap();
    std::fs::copy(fixture("003_write_to_footer.txt"), dir.join("b.txt")).unwrap();
    std::fs::write(dir.join("notes.csv"), "not an article").unwrap();
    let o = run(&["parse", dir.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(String::from_utf8_lossy(&o.stdout).lines().count(), 2);

    let o = run(&["brief", dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("-o"), "{}", stderr(&o));

    let empty = temp_dir("empty-folder");
    let o = run(&["parse", empty.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("no .txt or .md"), "{}", stderr(&o));
}
