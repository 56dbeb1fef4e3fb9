#!/usr/bin/env python3
"""Runs the shell commands a page of the documentation shows, as a reader would (the tests
docs.commands.*: README.md and docs/keras.md), so that the docs cannot drift from the commands.

    python3 scripts/run_doc_commands.py PAGE --work DIR [--provide DEST=SOURCE ...] [--list]

Every fenced block marked `sh` runs, in page order, in one bash session (`set -euo pipefail`, so
a `cd` in one block holds for the next), from a shadow of the repository: DIR/ctnn holds a link to
each of the repository's entries (but build/ and .git/), DIR/shared links to the repository's
../shared, and HOME is DIR/home. What the commands build lands in DIR, never in the repository.
Two comments on the line before a fenced block change what happens to it:

    <!-- file: ~/my_app/main.cpp -->            the block is written to that file before the
                                                shell blocks run (~ is HOME, else DIR/ctnn)
    <!-- not run by the tests: REASON -->       the sh block is skipped; REASON says why

--provide DEST=SOURCE links SOURCE at DEST first (a model file a command reads as the reader's
own). --list prints the blocks and what would happen to each, and runs nothing. Exit status 0
when every command succeeded; 1 on the first that failed (its output is above), 2 on bad use.
"""
import argparse
import os
import pathlib
import re
import subprocess
import sys

FENCE = re.compile(r"^```(\w*)\s*$")
FILE_MARK = re.compile(r"^<!-- file: (\S+) -->$")
SKIP_MARK = re.compile(r"^<!-- not run by the tests: (.+) -->$")


def blocks(page):
    """(language, text, file or None, skip reason or None, line) for every fenced block."""
    lines = page.read_text().splitlines()
    found, i = [], 0
    while i < len(lines):
        fence = FENCE.match(lines[i])
        if not fence:
            i += 1
            continue
        language, start = fence.group(1), i
        end = i + 1
        while end < len(lines) and not lines[end].startswith("```"):
            end += 1
        before = lines[start - 1] if start > 0 else ""
        file_mark, skip_mark = FILE_MARK.match(before), SKIP_MARK.match(before)
        found.append((language, "\n".join(lines[start + 1:end]) + "\n", file_mark and file_mark.group(1),
                      skip_mark and skip_mark.group(1), start + 1))
        i = end + 1
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", type=pathlib.Path)
    parser.add_argument("--work", type=pathlib.Path, required=True)
    parser.add_argument("--provide", action="append", default=[])
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    repo = pathlib.Path(__file__).resolve().parent.parent
    page = args.page if args.page.is_absolute() else repo / args.page
    work = args.work.resolve()
    shadow, home = work / "ctnn", work / "home"

    def place(path):
        if pathlib.PurePath(path).is_absolute():
            sys.exit(f"run_doc_commands: {path}: a place in the work directory, please (~/... or relative)")
        return home / path[2:] if path.startswith("~/") else shadow / path

    found = blocks(page)
    shell = [b for b in found if b[0] in ("sh", "bash") and not b[2]]
    if args.list:
        for language, text, file, skip, line in found:
            what = f"written to {file}" if file else f"skipped: {skip}" if skip else "run" if language in ("sh", "bash") else "-"
            print(f"{page.name}:{line}: ```{language}: {what}")
        return 0
    if not any(b[3] is None for b in shell):
        print(f"run_doc_commands: {page} shows no command to run", file=sys.stderr)
        return 2

    # The shadow: the repository's entries, linked; what the commands make stays in `work`.
    if work.exists():
        subprocess.run(["rm", "-rf", str(work)], check=True)
    shadow.mkdir(parents=True)
    home.mkdir()
    for entry in repo.iterdir():
        if entry.name not in ("build", ".git"):
            (shadow / entry.name).symlink_to(entry)
    if (repo.parent / "shared").exists():
        (work / "shared").symlink_to(repo.parent / "shared")
    for provided in args.provide:
        destination, source = provided.split("=", 1)
        target = place(destination)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.symlink_to(pathlib.Path(source).resolve())
    for language, text, file, skip, line in found:
        if file:
            target = place(file)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text)
            print(f"run_doc_commands: {page.name}:{line}: wrote {file}", flush=True)

    script = "set -euo pipefail\n"
    for language, text, file, skip, line in shell:
        if skip:
            print(f"run_doc_commands: {page.name}:{line}: not run: {skip}", flush=True)
            continue
        script += f"echo 'run_doc_commands: {page.name}:{line}:'\nset -x\n{text}set +x\n"
    environment = dict(os.environ, HOME=str(home))
    status = subprocess.run(["bash", "-c", script], cwd=shadow, env=environment).returncode
    print(f"run_doc_commands: {page.name}: " + ("every command succeeded" if status == 0 else f"a command failed (status {status})"))
    return 0 if status == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
