"""The README stays true: its two commands are Makefile targets CI runs, and every command of "Using it" works in a fresh venv."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```sh\n(.*?)```", text, re.S)
    assert block, "README.md must open with a code block of commands"
    return [line.split("#")[0].strip() for line in block.group(1).splitlines() if line.strip()]


def test_readme_opens_with_exactly_two_commands() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = text.index("```sh")
    assert text[:first_block].strip().startswith("# dateline") and text[:first_block].count("\n") <= 3
    assert len(_readme_commands()) == 2


def test_ci_runs_the_readme_test_command() -> None:
    test_command = _readme_commands()[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in [line.strip() for line in ci.splitlines()]


def test_readme_commands_are_make_targets() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for command in _readme_commands():
        target = command.split()[1]
        assert re.search(rf"^{target}:", makefile, re.M), target


# -- "Using it": every command runs as written, on examples/, from a copy of the repository's layout ------------

EXAMPLE_COMMENT = re.compile(r"\s+#\s.*$")


def using_it_commands() -> list[str]:
    """The commands of README.md's "Using it" block, comments stripped, in order."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Using it"):]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block, "README.md's 'Using it' section must hold a sh block"
    return [EXAMPLE_COMMENT.sub("", line).strip() for line in block.group(1).splitlines() if line.strip()]


def test_using_it_reads_only_examples_and_puts_dateline_on_path() -> None:
    commands = using_it_commands()
    assert commands[0] == ". .venv/bin/activate"
    assert all(c.startswith("dateline ") or "| dateline " in c for c in commands[1:]), commands
    assert not any("../shared" in c for c in commands)
    assert "pip install -e '.[ray]'" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_lists_every_exit_status() -> None:
    from dateline.cli_common import EXIT_CODES

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    for code, meaning in EXIT_CODES.items():
        assert f"| {code} | {meaning} |" in text
    assert len(re.findall(r"^\| \d \| ", text, re.M)) == len(EXIT_CODES)


def test_no_help_cites_a_flag_that_does_not_exist() -> None:
    """Help texts name only options their commands have (``extract --ray`` was cited and never existed)."""
    from click.testing import CliRunner

    from dateline.cli import main

    options = {name: {o for p in cmd.params for o in p.opts} for name, cmd in main.commands.items()}
    for name in options:
        text = CliRunner().invoke(main, [name, "--help"]).output
        for command, flag in re.findall(r"`?dateline (\w+)[^`\n]*?(--[a-z][a-z-]*)", text):
            if command in options:
                assert flag in options[command] | {"--help"}, (name, command, flag)


def _fresh_clone(dest: Path) -> None:
    """Copy the working tree's files as a clone would hold them (tracked and new files, nothing git ignores)."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                            capture_output=True, check=False)
    if listed.returncode != 0:  # not a git checkout (an unpacked archive): copy it, minus what a build leaves
        shutil.copytree(ROOT, dest, ignore=shutil.ignore_patterns(".venv", ".git", "__pycache__", "*.egg-info",
                                                                  ".pytest_cache", ".mypy_cache", ".hypothesis"))
        return
    for name in listed.stdout.decode("utf-8").split("\0"):
        if name and (ROOT / name).is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, dest / name)


def _install_fresh(clone: Path) -> None:
    """Install dateline into a new ``clone/.venv`` as README's first command does.

    ``make install`` is the install half of ``make demo`` (its other half ingests and serves): a
    venv made with ``python -m venv``, the pinned model by hash, the working tree with
    ``constraints.txt``. Then the Ray extra, as the block's own comment asks, under the same
    constraints. Packages come from the package index (pip's cache makes a rerun quick).
    """
    base_python = Path(sys.base_prefix) / "bin" / "python3"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    for command in (["make", "install", f"PYTHON={base_python}"],
                    [str(clone / ".venv" / "bin" / "pip"), "install", "-q", "-c", "constraints.txt", "-e", ".[ray]"]):
        done = subprocess.run(command, cwd=clone, env=env, capture_output=True, text=True, timeout=1800)
        assert done.returncode == 0, f"{command}\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}"


@pytest.mark.slow
def test_every_using_it_command_runs_as_written(tmp_path: Path) -> None:
    """Run the block line by line, as a newcomer would after ``make demo`` in a fresh clone.

    The clone is a copy of the working tree with a venv of its own, made and filled by
    ``make install`` (no package of the test's venv is seen); PATH holds only the system
    folders, so ``dateline`` is found only through the block's own first line. The store is a
    temporary file (DATELINE_DB); ``serve`` is started on a free port, asked for its home page,
    and stopped. Takes 5 minutes on 2 idle cores (12 with the machine loaded), most of it pip.
    """
    commands = using_it_commands()
    clone = tmp_path / "dateline"
    _fresh_clone(clone)
    assert not (clone / ".venv").exists()
    try:
        _install_fresh(clone)
        _run_block(commands, clone, tmp_path)
    finally:
        shutil.rmtree(clone / ".venv", ignore_errors=True)  # about 1 GB with Ray: not kept among pytest's tmp dirs


def _run_block(commands: list[str], clone: Path, tmp_path: Path) -> None:
    """Run the block's commands in ``clone`` with only the system PATH, and check what they wrote."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "DATELINE_DB": str(tmp_path / "store.db"),
           "LANG": "C.UTF-8", "COLUMNS": "80"}
    activate = commands[0]
    found = subprocess.run(["bash", "-c", f"{activate} && command -v dateline && python -c 'import sys; print(sys.prefix)'"],
                           cwd=clone, env=env, capture_output=True, text=True, check=True)
    dateline, prefix = found.stdout.split()
    assert Path(dateline).resolve() == (clone / ".venv" / "bin" / "dateline").resolve()
    assert Path(prefix).resolve() == (clone / ".venv").resolve()  # the fresh venv, not the test's
    outputs: dict[str, str] = {}
    for command in commands[1:]:
        script = f"set -o pipefail; {activate} && {command}"
        if command.split()[:2] == ["dateline", "serve"]:
            outputs[command] = _serve_once(script, clone, env)
            continue
        done = subprocess.run(["bash", "-c", script], cwd=clone, env=env, capture_output=True, text=True,
                              timeout=600)
        assert done.returncode == 0, f"{command}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
        outputs[command] = done.stdout + done.stderr
    record = (clone / "record.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(record) == 7 and all('"error"' not in line for line in record)
    dated = [line for line in outputs.values() if "fisheries-talks.txt\t2025-07-15" in line]
    assert len(dated) == 2  # the default and the CSV both date the undated page
    assert any("Aino Lehtonen" in out and "Posts (" in out for out in outputs.values())
    assert (clone / "record.parquet").is_file() and (clone / "shards").is_dir()


def _serve_once(script: str, cwd: Path, env: dict[str, str]) -> str:
    """Start `dateline serve` on a free port, fetch its home page, stop it; return what it printed."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(["bash", "-c", f"{script.replace(' && dateline', ' && exec dateline', 1)} --port {port}"],
                            cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as page:
                    assert page.status == 200 and "dateline" in page.read().decode("utf-8")
                    break
            except OSError:
                assert proc.poll() is None, proc.communicate()[1]
                assert time.monotonic() < deadline, "serve did not answer within 60 s"
                time.sleep(0.3)
    finally:
        proc.terminate()
        out, err = proc.communicate(timeout=30)
    assert "is serving" in err
    return out + err
