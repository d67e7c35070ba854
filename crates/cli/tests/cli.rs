//! The command as a user runs it: exit codes, messages, batches, JSON lines, outputs, encodings.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::*;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures").join(name)
}

fn mkfifo(path: &Path) {
    let ok = Command::new("mkfifo").arg(path).status().unwrap().success();
    assert!(ok, "mkfifo {}", path.display());
}

/// A short wire story of our own, different for each `i`.
fn article(i: usize) -> String {
    let towns = ["HALIFAX, Nova Scotia", "TROMSO, Norway", "PERTH, Australia", "VALPARAISO, Chile"];
    format!(
        "Harbor Board Approves Dredging Plan No. {i}\nBy Dana Whitfield\n\n{} (Wire) — The harbor board \
         approved a ${}.{} million plan on Tuesday to deepen the main channel by {} meters, officials said.\n\n\
         “We have waited a decade for this,” said Ruth Okafor, the board’s chair. Work is due to start \
         in March {}.\n\nFishing groups said the plan would cost {} jobs.\n",
        towns[i % towns.len()],
        i % 90 + 10,
        i % 10,
        i % 7 + 2,
        2020 + i % 9,
        i % 40 + 3
    )
}

/// `n` articles as JSON lines with an `id` and a passed-through `feed` field.
fn jsonl(n: usize) -> String {
    (0..n)
        .map(|i| serde_json::json!({"id": format!("a{i}"), "text": article(i), "feed": {"n": i}}).to_string() + "\n")
        .collect()
}

/// `n` articles in `dir/in/`, named `000.txt`, `001.txt`, …
fn articles_in(dir: &Path, n: usize) {
    for i in 0..n {
        write(&dir.join(format!("in/{i:03}.txt")), article(i));
    }
}

/// The `file` of each output line.
fn files_of(o: &Output) -> Vec<String> {
    lines(o).iter().map(|v| v["file"].as_str().unwrap_or("?").to_owned()).collect()
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
    assert_eq!(stderr(&o), "", "one input: no summary");
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
    write(&empty, "  \n \n");
    let binary = dir.join("binary.txt");
    write(&binary, b"PK\x03\x04\x00\x00binary");
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
    let good = fixture("001_reuters_dateline.txt");
    let good = good.to_str().unwrap();
    for args in [
        &["parse"][..],
        &["parse", "--date", "2023-02-30", "x.txt"],
        &["frobnicate"],
        &["parse", "--pretty", good, good],
        &["brief", good, good],
        &["parse", "--skip-existing", good],
        &["parse", "--errors", "inline", "-o", "out/", good],
        &["parse", "-", "--files-from", "-"],
    ] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
    }
    let o = run(&["--version"]);
    assert!(o.status.success() && stdout(&o).starts_with("newsbrief "));
}

#[test]
fn a_bad_file_in_the_middle_of_a_batch_is_reported_once_and_the_rest_go_on() {
    let dir = temp_dir("middle");
    write(&dir.join("a.txt"), article(1));
    write(&dir.join("b.txt"), b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00");
    write(&dir.join("c.txt"), article(3));
    let o = run_in(&dir, &["parse", "a.txt", "b.txt", "missing.txt", "c.txt"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(files_of(&o), ["a.txt", "c.txt"]);
    let e = stderr(&o);
    assert!(e.contains("newsbrief: error: b.txt: binary input"), "{e}");
    assert!(e.contains("newsbrief: error: missing.txt: no such file"), "{e}");
    assert_eq!(e.lines().count(), 3, "two errors and the summary: {e}");
    assert!(e.lines().last().unwrap().starts_with("newsbrief: 2 parsed, 2 failed, 0 skipped in "), "{e}");

    let o = run_in(&dir, &["parse", "--errors", "inline", "a.txt", "b.txt", "missing.txt", "c.txt"]);
    assert_eq!(o.status.code(), Some(1));
    let got = lines(&o);
    assert_eq!(got.len(), 4);
    assert_eq!(got[0]["article"]["schema"], "newsbrief/article@1");
    assert_eq!(got[1]["file"], "b.txt");
    assert_eq!(got[1]["error"]["code"], "binary");
    assert_eq!(got[2]["error"]["code"], "not_found");
    assert_eq!(got[3]["file"], "c.txt");

    let out = dir.join("out");
    let o = run_in(&dir, &["brief", "-o", "out", "a.txt", "b.txt", "c.txt"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(files_under(&out), ["a.html", "c.html"]);
}

#[test]
fn one_input_prints_its_article_and_a_folder_of_one_prints_lines() {
    let dir = temp_dir("shapes");
    write(&dir.join("x/only.txt"), article(5));
    let o = run_in(&dir, &["parse", "--pretty", "x/only.txt"]);
    assert!(o.status.success());
    assert!(stdout(&o).starts_with("{\n  \"schema\""), "pretty article");
    let o = run_in(&dir, &["parse", "x"]);
    assert!(o.status.success());
    let got = lines(&o);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0]["file"], "x/only.txt");
    assert!(stderr(&o).starts_with("newsbrief: 1 parsed, 0 failed, 0 skipped"), "{}", stderr(&o));
}

#[test]
fn clashing_names_make_three_outputs_inside_the_folder() {
    let dir = temp_dir("clash");
    write(&dir.join("x/story.txt"), article(1));
    write(&dir.join("x/story.md"), article(2));
    write(&dir.join("y/story.txt"), article(3));
    let o = run_in(&dir, &["brief", "-o", "out", "x", "y"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(files_under(&dir.join("out")), ["x/story.html", "x/story.txt.html", "y/story.html"]);
    let md = std::fs::read_to_string(dir.join("out/x/story.html")).unwrap();
    assert!(md.contains("Dredging Plan No. 2"), "x/story.md comes first by name");
    let txt = std::fs::read_to_string(dir.join("out/x/story.txt.html")).unwrap();
    assert!(txt.contains("Dredging Plan No. 1"));

    // Absolute paths and `..` keep only their last part; a folder's own name is kept.
    let o = run_in(&dir.join("x"), &["parse", "--out-dir", "../json", "../x", "../y/story.txt"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(files_under(&dir.join("json")), ["story.json", "x/story.json", "x/story.txt.json"]);
}

#[test]
fn output_folder_with_a_slash_takes_a_single_input() {
    let dir = temp_dir("slash");
    write(&dir.join("a.txt"), article(7));
    let o = run_in(&dir, &["brief", "-o", "out/", "a.txt"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(files_under(&dir.join("out")), ["a.html"]);
    // An existing folder without the slash works the same.
    let o = run_in(&dir, &["brief", "-f", "md", "-o", "out", "a.txt"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(files_under(&dir.join("out")), ["a.html", "a.md"]);
    // A path that is neither is one file.
    let o = run_in(&dir, &["parse", "-o", "one.json", "a.txt"]);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(dir.join("one.json")).unwrap()).unwrap();
    assert_eq!(v["schema"], "newsbrief/article@1");
}

#[test]
fn json_lines_keep_order_ids_and_fields_and_report_bad_lines() {
    let input = concat!(
        r#"{"id": "a1", "text": "Bridge Reopens\nThe bridge reopened on Monday, officials said.", "feed": {"name": "city", "score": 1.50}, "tags": ["x", "y"]}"#,
        "\n",
        "{\"id\": \"a2\", \"text\": \"oops\"\n",
        "\n",
        r#"{"text": "No id here. The council met on Friday."}"#,
        "\n",
        r#"{"id": 4, "text": "Rates Rise\nThe bank raised rates on Friday.", "date": "2023-03-20"}"#,
        "\n",
    );
    let o = run_with_stdin(&["parse", "--jsonl", "-"], input.as_bytes());
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let got: Vec<&str> = out.lines().collect();
    assert_eq!(got.len(), 2, "{out}");
    assert!(got[0].starts_with(r#"{"id":"a1","feed":{"name": "city", "score": 1.50},"tags":["x", "y"],"article":{"#));
    let v: serde_json::Value = serde_json::from_str(got[1]).unwrap();
    assert_eq!(v["id"], 4);
    assert_eq!(v["article"]["meta"]["reference_date"], "2023-03-20");
    assert_eq!(v["article"]["times"][0]["value"], "2023-03-17", "Friday before the record's date");
    let e = stderr(&o);
    assert!(e.contains("<stdin>:2: invalid JSON line"), "{e}");
    assert!(e.contains("<stdin>:4: no `id` field"), "{e}");

    let o = run_with_stdin(&["parse", "--jsonl", "--errors", "inline", "-"], input.as_bytes());
    assert_eq!(o.status.code(), Some(1));
    let got = lines(&o);
    let codes: Vec<_> = got.iter().map(|v| v["error"]["code"].as_str().unwrap_or("ok")).collect();
    assert_eq!(codes, ["ok", "invalid_json", "missing_field", "ok"]);
    assert_eq!(got[1]["id"], serde_json::Value::Null);
    assert_eq!(got[1]["error"]["line"], 2);
    assert_eq!(got[2]["error"]["line"], 4);
}

#[test]
fn json_lines_to_a_folder_are_named_by_id_and_stay_inside_it() {
    let dir = temp_dir("ids");
    let input = concat!(
        r#"{"id": "../../escape", "text": "Fire Out\nThe fire was put out on Sunday."}"#,
        "\n",
        r#"{"id": "wire/77", "text": "Vote Delayed\nThe vote was delayed to Monday."}"#,
        "\n",
    );
    write(&dir.join("in.jsonl"), input);
    let o = run_in(&dir, &["brief", "--jsonl", "-o", "out", "in.jsonl"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(files_under(&dir.join("out")), ["_../_../escape.html", "wire/77.html"]);
}

#[test]
fn the_output_is_the_same_whatever_the_number_of_threads() {
    let dir = temp_dir("threads");
    write(&dir.join("in.jsonl"), jsonl(300));
    let one = run_in(&dir, &["parse", "--jsonl", "-j", "1", "in.jsonl"]);
    let two = run_in(&dir, &["parse", "--jsonl", "-j", "2", "in.jsonl"]);
    assert!(one.status.success() && two.status.success(), "{}", stderr(&two));
    assert_eq!(lines(&one).len(), 300);
    assert!(one.stdout == two.stdout, "-j 1 and -j 2 differ");
    let ids: Vec<_> = lines(&two).iter().map(|v| v["id"].as_str().unwrap().to_owned()).collect();
    assert_eq!(ids, (0..300).map(|i| format!("a{i}")).collect::<Vec<_>>());

    for i in 0..120 {
        write(&dir.join(format!("f/{:02}/{i}.txt", i % 13)), article(i));
    }
    let one = run_in(&dir, &["brief", "-j", "1", "-o", "o1", "f"]);
    let two = run_in(&dir, &["brief", "-j", "2", "-o", "o2", "f"]);
    assert!(one.status.success() && two.status.success());
    let names = files_under(&dir.join("o1"));
    assert_eq!(names.len(), 120);
    assert_eq!(names, files_under(&dir.join("o2")));
    for name in names {
        assert!(
            std::fs::read(dir.join("o1").join(&name)).unwrap() == std::fs::read(dir.join("o2").join(&name)).unwrap()
        );
    }
}

#[test]
fn files_from_lists_paths_and_folders() {
    let dir = temp_dir("list");
    write(&dir.join("a.txt"), article(1));
    write(&dir.join("sub/b.md"), article(2));
    write(&dir.join("list.txt"), "a.txt\r\n\nsub\nnope.txt\n");
    let o = run_in(&dir, &["parse", "--files-from", "list.txt", "--errors", "inline"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(files_of(&o), ["a.txt", "sub/b.md", "nope.txt"]);
    let o = bin()
        .args(["parse", "--files-from", "-"])
        .current_dir(&dir)
        .stdin(std::fs::File::open(dir.join("list.txt")).unwrap())
        .output()
        .unwrap();
    assert_eq!(lines(&o).len(), 2);
}

#[test]
fn a_fifo_is_refused_on_the_command_line_and_skipped_in_a_folder() {
    let dir = temp_dir("fifo");
    write(&dir.join("x/a.txt"), article(1));
    mkfifo(&dir.join("x/pipe.txt"));
    // Nobody writes to the FIFO: reading it would wait forever.
    let o = run_in(&dir, &["parse", "x/pipe.txt"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("x/pipe.txt: is a FIFO (named pipe)"), "{}", stderr(&o));
    let o = run_in(&dir, &["parse", "--jsonl", "x/pipe.txt"]);
    assert_eq!(o.status.code(), Some(1));

    let o = run_in(&dir, &["parse", "-v", "x"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(lines(&o).len(), 1);
    let e = stderr(&o);
    assert!(e.contains("newsbrief: skipped: x/pipe.txt: a FIFO (named pipe)"), "{e}");
    assert!(e.contains("1 parsed, 0 failed, 1 skipped"), "{e}");
    // Given as standard input it is read.
    let o =
        bin().args(["parse", "-"]).stdin(std::fs::File::open(fixture("004_ap_kyiv.txt")).unwrap()).output().unwrap();
    assert!(o.status.success());
}

#[test]
fn skipped_files_are_counted_and_named_with_verbose() {
    let dir = temp_dir("skipped");
    write(&dir.join("f/A.TXT"), article(1));
    write(&dir.join("f/b.Md"), article(2));
    write(&dir.join("f/deep/er/c.txt"), article(3));
    write(&dir.join("f/notes.csv"), "a,b\n");
    write(&dir.join("f/README"), article(4));
    std::os::unix::fs::symlink("gone.txt", dir.join("f/dangling.txt")).unwrap();
    let o = run_in(&dir, &["parse", "f"]);
    assert!(o.status.success());
    assert_eq!(files_of(&o), ["f/A.TXT", "f/b.Md", "f/deep/er/c.txt"]);
    let e = stderr(&o);
    assert!(e.starts_with("newsbrief: 3 parsed, 0 failed, 3 skipped in "), "not named without -v: {e}");

    let o = run_in(&dir, &["parse", "-v", "f"]);
    let e = stderr(&o);
    assert!(e.contains("skipped: f/dangling.txt: dangling symbolic link"), "{e}");
    assert!(
        e.contains("skipped: f/notes.csv: extension not in --ext (txt, md, html, htm, xhtml, warc, warc.gz)"),
        "{e}"
    );
    assert!(e.contains("skipped: f/README"), "{e}");

    // Extensions chosen case-insensitively; an empty entry takes files with none.
    let o = run_in(&dir, &["parse", "--ext", "TXT,", "f"]);
    assert_eq!(files_of(&o), ["f/A.TXT", "f/README", "f/deep/er/c.txt"]);

    let o = run_in(&dir, &["parse", "--ext", "html", "f"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("f: is a folder with no article files (6 other files skipped"), "{}", stderr(&o));
}

#[test]
fn a_failed_output_stops_the_run_with_one_message_and_exit_3() {
    let dir = temp_dir("full");
    articles_in(&dir, 50);
    let o = run_in(&dir, &["parse", "in/000.txt", "-o", "/dev/full"]);
    assert_eq!(o.status.code(), Some(3));
    assert_eq!(
        stderr(&o).trim(),
        "newsbrief: error: cannot write /dev/full: No space left on device (os error 28); stopped"
    );

    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
    let o = bin().args(["parse", "in"]).current_dir(&dir).stdout(full).stderr(Stdio::piped()).output().unwrap();
    assert_eq!(o.status.code(), Some(3));
    assert_eq!(stderr(&o).lines().count(), 1, "{}", stderr(&o));
    assert!(stderr(&o).contains("cannot write standard output: No space left on device"));

    // A folder that cannot be made: one message, not one per input.
    write(&dir.join("plain"), "a file");
    let o = run_in(&dir, &["brief", "-o", "plain/out", "in"]);
    assert_eq!(o.status.code(), Some(3));
    assert_eq!(stderr(&o).lines().count(), 1, "{}", stderr(&o));
    assert!(stderr(&o).contains("plain/out"), "{}", stderr(&o));
}

#[test]
fn an_output_never_overwrites_its_input() {
    let dir = temp_dir("self");
    write(&dir.join("notes/a.md"), article(1));
    // `notes/a.md` would be briefed to `./notes/a.md`.
    let o = run_in(&dir, &["brief", "-f", "md", "-o", ".", "notes"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("would overwrite this input"), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(dir.join("notes/a.md")).unwrap(), article(1));
}

#[test]
fn an_interrupted_run_leaves_no_partial_file_and_resumes() {
    let dir = temp_dir("interrupt");
    let n = 400;
    for i in 0..n {
        write(&dir.join(format!("in/{i:03}.txt")), article(i).repeat(4));
    }
    for signal in ["TERM", "KILL"] {
        let out = dir.join(format!("out-{signal}"));
        let mut child = bin()
            .args(["brief", "-j", "1", "-o", out.to_str().unwrap(), "in"])
            .current_dir(&dir)
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let start = Instant::now();
        while !out.exists() || files_under(&out).len() < 5 {
            assert!(start.elapsed() < Duration::from_secs(60), "no output after 60 s");
            std::thread::sleep(Duration::from_millis(5));
        }
        let killed = Command::new("kill").args([&format!("-{signal}"), &child.id().to_string()]).status().unwrap();
        assert!(killed.success());
        let status = child.wait().unwrap();
        assert_eq!(status.code(), if signal == "TERM" { Some(143) } else { None }, "{signal}: {status:?}");
        let written = files_under(&out);
        assert!(written.len() < n, "{signal}: the run was cut short");
        for name in &written {
            if is_hidden(name) {
                // SIGKILL cannot be caught: a hidden temporary file may remain, never a partial output.
                assert_eq!(signal, "KILL", "the handler removes the temporary file: {name}");
                continue;
            }
            let html = std::fs::read_to_string(out.join(name)).unwrap();
            assert!(html.trim_end().ends_with("</html>"), "{signal}: {name} is complete");
        }
        let o = run_in(&dir, &["brief", "--skip-existing", "-o", out.to_str().unwrap(), "in"]);
        assert!(o.status.success(), "{}", stderr(&o));
        let finished = written.iter().filter(|n| !is_hidden(n)).count();
        let want = format!("newsbrief: {} briefed, 0 failed, {finished} skipped in ", n - finished);
        assert!(stderr(&o).starts_with(&want), "{want} / {}", stderr(&o));
        assert_eq!(files_under(&out).iter().filter(|n| !is_hidden(n)).count(), n);
    }
}

#[test]
fn utf16_without_a_byte_order_mark_is_read_in_both_byte_orders() {
    let dir = temp_dir("utf16");
    let text = article(11);
    let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
    write(&dir.join("le.txt"), le);
    write(&dir.join("be.txt"), be);
    for (name, enc) in [("le.txt", "UTF-16LE"), ("be.txt", "UTF-16BE")] {
        let o = run_in(&dir, &["parse", name]);
        assert!(o.status.success(), "{name}: {}", stderr(&o));
        assert!(stderr(&o).contains(enc), "{}", stderr(&o));
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(v["meta"]["headline"]["text"], "Harbor Board Approves Dredging Plan No. 11");
    }
}

#[test]
fn not_a_terminal_means_no_progress_and_quiet_means_errors_only() {
    let dir = temp_dir("quiet");
    articles_in(&dir, 30);
    let o = run_in(&dir, &["brief", "-o", "out", "in"]);
    assert!(o.status.success());
    let e = stderr(&o);
    assert_eq!(e.lines().count(), 1, "only the summary: {e:?}");
    assert!(!e.contains('\r') && !e.contains('\x1b'), "no bar drawn: {e:?}");
    let o = run_in(&dir, &["brief", "-q", "-o", "out2", "in", "missing.txt"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stderr(&o), "newsbrief: error: missing.txt: no such file\n");
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
    let o = run_with_stdin(
        &["brief", "--format", "md", "-"],
        b"Bridge Reopens After Repairs\nThe bridge reopened on Monday.\n",
    );
    assert!(o.status.success());
    assert!(stdout(&o).starts_with("# Bridge Reopens After Repairs\n"), "{}", stdout(&o));
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
    assert_eq!(files_under(&dir), ["brief.html"], "no temporary file left");
}

#[test]
fn a_closed_pipe_ends_the_run_quietly() {
    let dir = temp_dir("pipe");
    write(&dir.join("in.jsonl"), jsonl(200));
    let mut child = bin()
        .args(["parse", "--jsonl", "in.jsonl"])
        .current_dir(&dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 10];
    std::io::Read::read_exact(child.stdout.as_mut().unwrap(), &mut first).unwrap();
    drop(child.stdout.take());
    let o = finish(child);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

/// A hidden file (a temporary one) at any depth: its own name, not its folder's, opens with `.`.
fn is_hidden(path: &str) -> bool {
    path.rsplit('/').next().is_some_and(|name| name.starts_with('.'))
}
