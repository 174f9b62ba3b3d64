"""The command line (pipeline/cli.py): help with examples, exit codes of usage errors, and
docstrings of the public API. None of these tests loads a spaCy model."""

from __future__ import annotations

import inspect
import logging
import runpy
import shlex
import sys

import pytest

import pipeline
from pipeline import cli

COMMANDS = ["run", "evaluate", "evaluate-ner", "discovered", "report"]


@pytest.fixture(autouse=True)
def _restore_logger():
    """main() installs a stderr handler on the "pipeline" logger; put the old ones back."""
    logger = logging.getLogger("pipeline")
    handlers, level = list(logger.handlers), logger.level
    yield
    logger.handlers[:] = handlers
    logger.setLevel(level)


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Jan Leike a rejoint Anthropic.\n", encoding="utf-8")
    return folder


def run_main(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# ---------------------------------------------------------------------- help


def test_help_exits_zero_and_lists_commands(capsys):
    code, out, err = run_main(capsys, "--help")
    assert code == 0
    assert out.startswith("usage: frnews")
    for command in COMMANDS:
        assert command in out
    assert err == ""


def test_python_dash_m_pipeline_help(monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["frnews", "--help"])
    with pytest.raises(SystemExit) as info:
        runpy.run_module("pipeline", run_name="__main__")
    assert info.value.code == 0
    assert "usage: frnews" in capsys.readouterr().out


def test_version(capsys):
    code, out, _ = run_main(capsys, "--version")
    assert code == 0
    assert out.strip() == f"frnews {pipeline.__version__}"


@pytest.mark.parametrize("command", COMMANDS)
def test_command_help_exits_zero(capsys, command):
    code, out, err = run_main(capsys, command, "--help")
    assert code == 0
    assert out.startswith(f"usage: frnews {command}")
    assert err == ""


def example_commands(help_text: str) -> list[str]:
    """The command lines of the "examples:" section of a help text."""
    assert "examples:" in help_text
    section = help_text.split("examples:", 1)[1]
    lines = []
    for line in section.splitlines():
        line = line.split("  #", 1)[0].strip()
        if line.startswith(("python -m pipeline ", "frnews ")):
            lines.append(line)
    return lines


@pytest.mark.parametrize(
    "command",
    [
        pytest.param(None, id="frnews", marks=pytest.mark.xfail(
            strict=True, reason="bug: the top-level help has no examples: section")),
        *COMMANDS,
    ],
)
def test_help_shows_examples_that_parse(capsys, command):
    argv = [command, "--help"] if command else ["--help"]
    code, out, _ = run_main(capsys, *argv)
    assert code == 0
    examples = example_commands(out)
    assert examples, "no example command under examples:"
    parser = cli.build_parser()
    for example in examples:
        words = shlex.split(example)
        args = words[3:] if words[0] == "python" else words[1:]
        if command:
            assert args[0] == command, example
        parsed = parser.parse_args(args)  # a real command: argparse accepts it
        assert parsed.command in COMMANDS


# ---------------------------------------------------------------------- usage errors


def test_no_command_returns_2_with_usage_on_stderr(capsys):
    code, out, err = run_main(capsys)
    assert code == 2
    assert out == ""
    assert "usage: frnews" in err


def test_unknown_command_returns_2(capsys):
    code, _, err = run_main(capsys, "frobnicate")
    assert code == 2
    assert "invalid choice" in err


def test_missing_corpus_folder_returns_2(capsys, tmp_path):
    missing = tmp_path / "nowhere"
    code, _, err = run_main(capsys, "run", str(missing), "--out", str(tmp_path / "out"))
    assert code == 2
    assert "frnews: error:" in err
    assert str(missing) in err and "does not exist" in err
    assert not (tmp_path / "out").exists()


def test_corpus_is_a_file_returns_2(capsys, corpus, tmp_path):
    code, _, err = run_main(capsys, "run", str(corpus / "a.txt"), "--out", str(tmp_path / "o"))
    assert code == 2
    assert "not a folder" in err


def test_unknown_model_names_the_pip_package(capsys, corpus, tmp_path):
    out = tmp_path / "out"
    code, _, err = run_main(capsys, "run", str(corpus), "--out", str(out),
                            "--model", "fr_core_news_xx")
    assert code == 2
    assert "fr_core_news_xx" in err
    assert "pip install fr-core-news-xx" in err
    assert not out.exists()  # nothing written before the model is there


@pytest.mark.parametrize(
    "argv",
    [
        ["run", "CORPUS", "--bogus"],
        ["run", "CORPUS", "--out"],  # option without its value
        ["evaluate", "--frobnicate"],
        ["discovered"],  # missing positional argument
    ],
)
def test_unknown_or_incomplete_option_returns_2(capsys, corpus, argv):
    argv = [str(corpus) if a == "CORPUS" else a for a in argv]
    code, out, err = run_main(capsys, *argv)
    assert code == 2
    assert "usage: frnews" in err
    assert "error:" in err


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--limit", "abc", "invalid int value"),
        ("--limit", "1.5", "invalid int value"),
        ("--limit", "-1", "limit must be zero or more"),
        ("--batch-size", "0", "batch_size must be at least 1"),
        ("--max-chars", "0", "max_chars must be at least 1"),
    ],
)
def test_bad_numeric_option_returns_2(capsys, corpus, tmp_path, option, value, message):
    out = tmp_path / "out"
    code, _, err = run_main(capsys, "run", str(corpus), "--out", str(out), f"{option}={value}")
    assert code == 2
    assert message in err
    assert not out.exists()


def test_output_folder_with_files_needs_force(capsys, corpus, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "moves.csv").write_text("old\n", encoding="utf-8")
    code, _, err = run_main(capsys, "run", str(corpus), "--out", str(out))
    assert code == 2
    assert "--force" in err
    assert (out / "moves.csv").read_text(encoding="utf-8") == "old\n"


def test_output_folder_inside_corpus_returns_2(capsys, corpus):
    code, _, err = run_main(capsys, "run", str(corpus), "--out", str(corpus / "tables"))
    assert code == 2
    assert "inside the corpus" in err


def test_bad_config_file_returns_2(capsys, corpus, tmp_path):
    config = tmp_path / "frnews.toml"
    config.write_text("[frnews]\nbatch_sise = 8\n", encoding="utf-8")
    code, _, err = run_main(capsys, "run", str(corpus), "--out", str(tmp_path / "out"),
                            "--config", str(config))
    assert code == 2
    assert "batch_sise" in err


@pytest.mark.parametrize(
    "setting",
    [
        pytest.param('batch_size = "8"', marks=pytest.mark.xfail(
            strict=True, reason="bug: Settings.validate compares without checking types; a "
            "string in the TOML file raises TypeError (traceback, exit 1) instead of "
            "ConfigError (exit 2)"), id="batch-size-string"),
        pytest.param("limit = -3", id="limit-negative"),
    ],
)
def test_bad_config_value_returns_2(capsys, corpus, tmp_path, setting):
    config = tmp_path / "frnews.toml"
    config.write_text(f"[frnews]\n{setting}\n", encoding="utf-8")
    code, _, err = run_main(capsys, "run", str(corpus), "--out", str(tmp_path / "out"),
                            "--config", str(config))
    assert code == 2
    assert setting.split()[0] in err


def test_evaluate_ner_without_shared_data_returns_2(capsys, tmp_path):
    code, _, err = run_main(capsys, "evaluate-ner", "--shared", str(tmp_path / "nowhere"))
    assert code == 2
    assert "--shared" in err


# ---------------------------------------------------------------------- docstrings


def _has_own_docstring(obj: object) -> bool:
    doc = inspect.getdoc(obj) or ""
    if inspect.isclass(obj):
        # a dataclass without a docstring gets its signature as __doc__
        doc = obj.__dict__.get("__doc__") or ""
        if doc.startswith(f"{obj.__name__}("):
            return False
    return bool(doc.strip())


PUBLIC = [name for name in pipeline.__all__ if callable(getattr(pipeline, name))]


def test_public_api_is_listed():
    assert {"run", "extract", "Settings"} <= set(PUBLIC)


@pytest.mark.parametrize("name", PUBLIC)
def test_public_api_has_docstring(name):
    assert _has_own_docstring(getattr(pipeline, name))


@pytest.mark.parametrize("command", COMMANDS)
def test_command_has_description_and_help(command):
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert sub.choices[command].description
    assert any(c.dest == command and c.help for c in sub._choices_actions)


def test_every_command_is_dispatched():
    assert sorted(cli.COMMANDS) == sorted(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_command_function_has_docstring(command):
    assert _has_own_docstring(cli.COMMANDS[command])
