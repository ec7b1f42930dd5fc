//! The command line: `atelier-quiz [FILE]`, `check`, `convert`, `print`, `present`.
//!
//! Parsing lives here so `main.rs` stays a thin dispatcher; the commands themselves reuse the
//! library's format and storage code, so the CLI and the app can never disagree about a file.
//! Help texts go through the translation layer, in the language of `--lang` wherever it
//! stands on the line (looked for before parsing, since clap prints help while parsing), else
//! the OS locale's.

mod check;
mod convert;
mod interchange_report;
mod present;
mod print;
mod report;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Arg, ArgAction, Command, value_parser};

use crate::i18n::Lang;

/// Exit codes shared by the commands.
pub mod exit {
    /// No errors (warnings allowed).
    pub const OK: u8 = 0;
    /// At least one file has errors.
    pub const ERRORS: u8 = 1;
    /// Bad usage, or a file could not be read or written.
    pub const USAGE: u8 = 2;
}

/// What the process should do once the command line is understood.
#[derive(Debug, PartialEq)]
pub enum Invocation {
    /// Open the app, on `file` (or the last/bundled quiz).
    Gui(GuiOptions),
    /// A command ran; exit with this code.
    Exit(u8),
}

/// Options of the graphical app.
#[derive(Debug, Default, PartialEq)]
pub struct GuiOptions {
    pub file: Option<PathBuf>,
    /// Forced interface language (`--lang`).
    pub lang: Option<Lang>,
    /// Start presenting right away (`present`).
    pub present: Option<PresentOptions>,
    /// Quit after painting the first frame (startup-time measurements).
    pub exit_after_first_frame: bool,
}

#[derive(Debug, Default, PartialEq)]
pub struct PresentOptions {
    pub levels: Vec<String>,
    pub console: bool,
    pub monitor: Option<usize>,
    /// `--phones` (with `--bind`, `--port`, `--results`).
    pub phones: Option<crate::app::live_ops::LiveOptions>,
}

fn lang_arg(ui: Lang) -> Arg {
    Arg::new("lang")
        .long("lang")
        .value_name("fr|en")
        .help(ui.t("cli.arg.lang"))
        .value_parser(["fr", "en"])
        .hide_possible_values(true) // the help text names them, in the user's language
        .global(true)
}

/// `cmd` with every word clap would print in English replaced by ours: the help layout, the
/// commands heading ("Options" and "Arguments" are the same words in French) and the
/// `--help` / `--version` flags with translated descriptions.
fn translated(cmd: Command, ui: Lang, version: bool) -> Command {
    let template = if version {
        "cli.help_template"
    } else {
        "cli.help_template_sub"
    };
    let cmd = cmd
        .help_template(ui.t(template))
        .subcommand_help_heading(ui.t("cli.heading.commands"))
        .subcommand_value_name(ui.t("cli.value.command"))
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .help(ui.t("cli.arg.help"))
                .action(ArgAction::Help),
        );
    if version {
        cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .help(ui.t("cli.arg.version"))
                .action(ArgAction::Version),
        )
    } else {
        cmd
    }
}

/// The two ways to start: with a file (the app) or with a command, the second line aligned
/// under the first after the template's "Usage: " heading.
fn root_usage(ui: Lang) -> String {
    let template = ui.t("cli.help_template");
    let heading = template
        .split('\n')
        .find_map(|line| line.strip_suffix("{usage}"))
        .unwrap_or_default();
    let indent = " ".repeat(heading.chars().count());
    let (file, command) = (ui.t("cli.value.file"), ui.t("cli.value.command"));
    format!("atelier-quiz [OPTIONS] [{file}]\n{indent}atelier-quiz [OPTIONS] <{command}>")
}

/// The clap command tree with help texts in `ui`'s language.
pub fn command(ui: Lang) -> Command {
    with_headings(command_tree(ui), ui)
}

/// clap's "Options" and "Arguments" headings, ours: French puts a narrow no-break space
/// before the colon clap adds ("Options :").
fn with_headings(cmd: Command, ui: Lang) -> Command {
    let (arguments, options) = (ui.t("cli.heading.arguments"), ui.t("cli.heading.options"));
    cmd.mut_args(|arg| {
        let heading = if arg.is_positional() {
            arguments
        } else {
            options
        };
        arg.help_heading(heading)
    })
    .mut_subcommands(|sub| with_headings(sub, ui))
}

/// `convert --to`: an interchange format or another export target (`html`…).
fn to_arg(ui: Lang) -> Arg {
    Arg::new("to")
        .long("to")
        .value_name("FORMAT")
        .help(ui.t("interchange.cli.arg.to"))
        .value_parser(crate::export::ExportTarget::cli_names())
        .hide_possible_values(true)
}

#[allow(clippy::too_many_lines)] // one declarative tree of every command and option
fn command_tree(ui: Lang) -> Command {
    let format_arg = |name: &'static str, help: &'static str| {
        Arg::new(name)
            .long(name)
            .value_name("FORMAT")
            .help(ui.t(help))
            .value_parser(crate::interchange::Format::ALL.map(crate::interchange::Format::cli_name))
            .hide_possible_values(true)
    };
    let file = |help: &'static str| {
        Arg::new("file")
            .value_name(ui.t("cli.value.file"))
            .help(ui.t(help))
    };
    let root = Command::new("atelier-quiz")
        .version(env!("CARGO_PKG_VERSION"))
        .about(ui.t("cli.about"))
        .disable_help_subcommand(true);
    // No `args_conflicts_with_subcommands`: it also refused the global `--lang` before a
    // command (`atelier-quiz --lang en check FILE`). A file and a command together still fail,
    // as an unexpected argument.
    translated(root, ui, true)
        .override_usage(root_usage(ui))
        .arg(file("cli.arg.open").value_parser(value_parser!(PathBuf)))
        .arg(
            // A measuring flag (startup time), not for users: kept, hidden from the help.
            Arg::new("exit-after-first-frame")
                .long("exit-after-first-frame")
                .help(ui.t("cli.arg.exit_after_first_frame"))
                .hide(true)
                .action(ArgAction::SetTrue),
        )
        .arg(lang_arg(ui))
        .subcommand(
            translated(Command::new("check"), ui, false)
                .about(ui.t("cli.check.about"))
                .arg(
                    file("cli.arg.check_files")
                        .num_args(1..)
                        .required(true)
                        .value_parser(value_parser!(PathBuf)),
                )
                .arg(
                    Arg::new("json")
                        .long("json")
                        .help(ui.t("cli.arg.json"))
                        .action(ArgAction::SetTrue),
                ),
        )
        .subcommand(
            translated(Command::new("convert"), ui, false)
                .about(ui.t("cli.convert.about"))
                .arg(
                    Arg::new("input")
                        .value_name(ui.t("cli.value.input"))
                        .help(ui.t("cli.arg.input"))
                        .required(true)
                        .value_parser(value_parser!(PathBuf)),
                )
                .arg(
                    Arg::new("output")
                        .value_name(ui.t("cli.value.output"))
                        .help(ui.t("cli.arg.output"))
                        .required(true)
                        .value_parser(value_parser!(PathBuf)),
                )
                .arg(format_arg("from", "interchange.cli.arg.from"))
                .arg(to_arg(ui))
                .arg(
                    Arg::new("json")
                        .long("json")
                        .help(ui.t("cli.arg.json"))
                        .action(ArgAction::SetTrue),
                ),
        )
        .subcommand(print_command(ui))
        .subcommand(
            translated(Command::new("present"), ui, false)
                .about(ui.t("cli.present.about"))
                .arg(
                    file("cli.arg.present_file")
                        .required(true)
                        .value_parser(value_parser!(PathBuf)),
                )
                .arg(
                    Arg::new("level")
                        .long("level")
                        .value_name("ID")
                        .help(ui.t("cli.arg.level"))
                        .action(ArgAction::Append),
                )
                .arg(
                    Arg::new("console")
                        .long("console")
                        .help(ui.t("cli.arg.console"))
                        .action(ArgAction::SetTrue),
                )
                .arg(
                    Arg::new("monitor")
                        .long("monitor")
                        .value_name("N")
                        .help(ui.t("cli.arg.monitor"))
                        .value_parser(value_parser!(usize)),
                )
                .args(present::phone_args(ui)),
        )
}

/// `print IN OUT.pdf [--answers] [--level ID]… [--paper a4|letter]`.
fn print_command(ui: Lang) -> Command {
    let path = |name: &'static str, value: &'static str, help: &'static str| {
        Arg::new(name)
            .value_name(ui.t(value))
            .help(ui.t(help))
            .required(true)
            .value_parser(value_parser!(PathBuf))
    };
    translated(Command::new("print"), ui, false)
        .about(ui.t("cli.print.about"))
        .arg(path("input", "cli.value.input", "cli.arg.print_input"))
        .arg(path("output", "cli.value.output", "cli.arg.print_output"))
        .arg(
            Arg::new("answers")
                .long("answers")
                .help(ui.t("cli.arg.answers"))
                .action(ArgAction::SetTrue),
        )
        .arg(
            Arg::new("level")
                .long("level")
                .value_name("ID")
                .help(ui.t("cli.arg.print_level"))
                .action(ArgAction::Append),
        )
        .arg(
            Arg::new("paper")
                .long("paper")
                .value_name("a4|letter")
                .help(ui.t("cli.arg.paper"))
                .value_parser(["a4", "letter"])
                .hide_possible_values(true),
        )
}

fn print_request(m: &clap::ArgMatches) -> print::Request {
    print::Request {
        input: m.get_one::<PathBuf>("input").cloned().unwrap_or_default(),
        output: m.get_one::<PathBuf>("output").cloned().unwrap_or_default(),
        answers: m.get_flag("answers"),
        levels: m
            .get_many::<String>("level")
            .into_iter()
            .flatten()
            .cloned()
            .collect(),
        paper: m
            .get_one::<String>("paper")
            .and_then(|p| crate::export::print::Paper::parse(p)),
    }
}

/// Parses `args` (including the program name) and runs CLI commands.
pub fn run<I, T>(args: I) -> Invocation
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let args: Vec<std::ffi::OsString> = args.into_iter().map(Into::into).collect();
    let env_lang = lang_in_args(&args).unwrap_or_else(Lang::from_environment);
    let matches = match command(env_lang).try_get_matches_from(args) {
        Ok(m) => m,
        Err(e) if !e.use_stderr() => {
            let _ = e.print(); // help or version, already translated through the templates
            return Invocation::Exit(exit::OK);
        }
        Err(e) => {
            eprintln!("{}", usage_error(&e, env_lang));
            return Invocation::Exit(exit::USAGE);
        }
    };
    let forced = matches
        .get_one::<String>("lang")
        .and_then(|l| Lang::from_code(l));
    let lang = forced.unwrap_or(env_lang);
    match matches.subcommand() {
        Some(("check", m)) => {
            let files: Vec<PathBuf> = m
                .get_many::<PathBuf>("file")
                .into_iter()
                .flatten()
                .cloned()
                .collect();
            Invocation::Exit(check::run(&files, m.get_flag("json"), lang))
        }
        Some(("convert", m)) => {
            let format = |name| {
                m.get_one::<String>(name)
                    .and_then(|f| crate::interchange::Format::from_cli_name(f))
            };
            let options = convert::Options {
                input: m.get_one::<PathBuf>("input").cloned().unwrap_or_default(),
                output: m.get_one::<PathBuf>("output").cloned().unwrap_or_default(),
                from: format("from"),
                to: m
                    .get_one::<String>("to")
                    .and_then(|t| crate::export::ExportTarget::from_cli_name(t)),
                json: m.get_flag("json"),
            };
            Invocation::Exit(convert::run(&options, lang))
        }
        Some(("print", m)) => Invocation::Exit(print::run(&print_request(m), lang)),
        Some(("present", m)) if m.get_flag("headless") => {
            Invocation::Exit(present::run_headless(m, lang))
        }
        Some(("present", m)) => Invocation::Gui(GuiOptions {
            file: m.get_one::<PathBuf>("file").cloned(),
            lang: forced,
            present: Some(PresentOptions {
                levels: m
                    .get_many::<String>("level")
                    .into_iter()
                    .flatten()
                    .cloned()
                    .collect(),
                console: m.get_flag("console"),
                monitor: m.get_one::<usize>("monitor").copied(),
                phones: present::live_options(m),
            }),
            exit_after_first_frame: false,
        }),
        _ => Invocation::Gui(GuiOptions {
            file: matches.get_one::<PathBuf>("file").cloned(),
            lang: forced,
            present: None,
            exit_after_first_frame: matches.get_flag("exit-after-first-frame"),
        }),
    }
}

/// The language asked with `--lang fr|en` or `--lang=fr|en` anywhere before `--`, so that
/// help and usage errors, printed while clap parses, are in it too.
fn lang_in_args(args: &[std::ffi::OsString]) -> Option<Lang> {
    let mut found = None;
    let mut words = args.iter().skip(1).map(|a| a.to_str().unwrap_or_default());
    while let Some(word) = words.next() {
        match word {
            "--" => break,
            "--lang" => found = words.next().and_then(Lang::from_code).or(found),
            _ => {
                if let Some(code) = word.strip_prefix("--lang=") {
                    found = Lang::from_code(code).or(found);
                }
            }
        }
    }
    found
}

/// A usage error in the user's language: what is wrong, with the argument clap points at,
/// then how to get help. (clap's own messages are English-only.)
fn usage_error(e: &clap::Error, lang: Lang) -> String {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let context = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        _ => String::new(),
    };
    let mut arg = context(ContextKind::InvalidArg);
    if arg.is_empty() {
        arg = context(ContextKind::InvalidSubcommand);
    }
    let value = context(ContextKind::InvalidValue);
    let key = match e.kind() {
        ErrorKind::MissingRequiredArgument | ErrorKind::TooFewValues => "cli.error.missing",
        ErrorKind::UnknownArgument | ErrorKind::InvalidSubcommand => "cli.error.unknown",
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => "cli.error.invalid_value",
        ErrorKind::ArgumentConflict => "cli.error.conflict",
        _ => "cli.error.other",
    };
    let severity = lang.t("diag.severity.error");
    let message = lang.f(key, &[("arg", &arg), ("value", &value)]);
    format!("{severity}: {message}\n{}", lang.t("cli.error.help"))
}

/// Turns an [`Invocation::Exit`] code into the process exit code.
pub fn exit_code(code: u8) -> ExitCode {
    ExitCode::from(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_gui_and_present() {
        assert_eq!(
            run(["atelier-quiz"]),
            Invocation::Gui(GuiOptions::default())
        );
        let Invocation::Gui(opts) = run([
            "atelier-quiz",
            "present",
            "a.quiz.json",
            "--level",
            "l1",
            "--level",
            "l2",
            "--console",
            "--monitor",
            "1",
        ]) else {
            panic!("present opens the GUI");
        };
        let present = opts.present.unwrap();
        assert_eq!(present.levels, ["l1", "l2"]);
        assert!(present.console);
        assert_eq!(present.monitor, Some(1));
    }

    #[test]
    fn the_global_lang_goes_before_or_after_the_command() {
        let sample = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/quizzes/naviguer-en-securite.quiz.json"
        );
        for args in [
            ["atelier-quiz", "--lang", "en", "check", sample],
            ["atelier-quiz", "check", "--lang", "en", sample],
            ["atelier-quiz", "check", sample, "--lang", "en"],
        ] {
            assert_eq!(run(args), Invocation::Exit(exit::OK), "{args:?}");
        }
        let os = |v: &[&str]| v.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(
            lang_in_args(&os(&["x", "--lang", "en", "check"])),
            Some(Lang::En)
        );
        assert_eq!(
            lang_in_args(&os(&["x", "check", "--lang=en"])),
            Some(Lang::En)
        );
        assert_eq!(lang_in_args(&os(&["x", "--", "--lang", "en"])), None);
        assert_eq!(lang_in_args(&os(&["x", "--lang"])), None);
        let Invocation::Gui(opts) = run(["atelier-quiz", "--lang", "en", "a.quiz.json"]) else {
            panic!("a file opens the GUI");
        };
        assert_eq!(opts.lang, Some(Lang::En));
        assert_eq!(
            run(["atelier-quiz", "a.quiz.json", "check", "b.quiz.json"]),
            Invocation::Exit(exit::USAGE),
            "a file and a command together"
        );
    }

    #[test]
    fn usage_errors_exit_2() {
        assert_eq!(
            run(["atelier-quiz", "check"]),
            Invocation::Exit(exit::USAGE)
        );
        assert_eq!(
            run(["atelier-quiz", "frobnicate", "x", "y"]),
            Invocation::Exit(exit::USAGE)
        );
    }
}
