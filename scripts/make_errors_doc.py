#!/usr/bin/env python3
"""Writes docs/errors.md, ctnn's error gallery, from docs/errors.md.in and tests/compile_fail/*.cpp.

From the repository root:

    python3 scripts/make_errors_doc.py           # rewrites docs/errors.md
    python3 scripts/make_errors_doc.py --check   # rewrites nothing; exit 1 and a diff when it is stale

Each compile-fail test is compiled as the page documents it,

    LC_ALL=C g++ -std=c++20 -fsyntax-only -Iinclude -DCTNN_COMPILE_FAIL tests/compile_fail/NAME.cpp

and its entry is made from the test's leading comment (title, explanation, fix), its
#ifdef CTNN_COMPILE_FAIL branch (the wrong model), its #else branch (the fix) and the compiler's
output. The page's intro, section headings and order are docs/errors.md.in, where
{{test NAME}} places a test's entry, {{wrong NAME}} its wrong model, {{output NAME}} the
compiler's output in full and {{gcc_version}} the compiler's version.

The GCC build's CTest check (docs.errors_md, tests/compile_fail/CMakeLists.txt) runs --check on
the output that the compile_fail.NAME.ko tests saved (--captured), so that no model is compiled
twice: those tests compile with absolute paths and -Wall -Wextra -Wpedantic, so --captured-root
names the absolute repository root to write as the relative form, and an output that holds a
warning, or is missing or older than the test or the headers, is compiled again as documented.
"""

import argparse
import concurrent.futures
import difflib
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = Path("docs/errors.md.in")
PAGE = Path("docs/errors.md")
TESTS = Path("tests/compile_fail")
REGENERATE = "python3 scripts/make_errors_doc.py"
# The command the page documents; the template must hold it with NAME for the test's name.
DOCUMENTED_COMMAND = "LC_ALL=C g++ -std=c++20 -fsyntax-only -Iinclude -DCTNN_COMPILE_FAIL tests/compile_fail/NAME.cpp"


class Failure(Exception):
    pass


# ---- A compile-fail test's source ------------------------------------------------------------

TITLE = re.compile(r"^// Compile-fail test: (.+)\.$")
FIELD = re.compile(r"^// docs/errors\.md(, after the fix)?:$")
EXPECT = re.compile(r"^// expect(-gcc|-clang)?: ")


def read_test(name):
    """The parts of tests/compile_fail/NAME.cpp the page shows."""
    path = TESTS / f"{name}.cpp"
    lines = (ROOT / path).read_text(encoding="utf-8").splitlines()

    def fail(why):
        raise Failure(f"{path}: {why}")

    title = TITLE.match(lines[0]) if lines else None
    if not title:
        fail("the first line must be '// Compile-fail test: <title>.'")
    fields = {"explanation": [], "fix": []}
    field = None
    end = 1
    while end < len(lines) and lines[end].startswith("//"):
        line = lines[end]
        end += 1
        if FIELD.match(line):
            field = "fix" if FIELD.match(line).group(1) else "explanation"
        elif line == "//":
            if field:
                fields[field].append("")
        elif field is None:
            if not EXPECT.match(line):
                fail(f"only '// expect...:' lines may come before '// docs/errors.md:', not {line!r}")
        elif line.startswith("//   "):
            fields[field].append(line[5:])
        else:
            fail(f"the text for docs/errors.md must be indented, '//   text' (or '//'): {line!r}")
    for key in fields:
        while fields[key] and not fields[key][-1]:
            fields[key].pop()
        while fields[key] and not fields[key][0]:
            fields[key].pop(0)
    if not fields["explanation"]:
        fail("the leading comment needs '// docs/errors.md:' and the entry's explanation under it")

    # The wrong model is the code as compiled with CTNN_COMPILE_FAIL, from the line after the
    # includes and `using namespace` to main() or the comment above it. The fix is the #else
    # branch that replaces an #ifdef branch, or, for a block only one side has (an #ifdef or
    # #ifndef without #else), the whole corrected code.
    opening = next((i for i in range(end, len(lines))
                    if lines[i].strip() in ("#ifdef CTNN_COMPILE_FAIL", "#ifndef CTNN_COMPILE_FAIL")), None)
    if opening is None:
        fail("no '#ifdef CTNN_COMPILE_FAIL' (or '#ifndef CTNN_COMPILE_FAIL') line")
    otherwise = closing = None
    for i in range(opening + 1, len(lines)):
        directive = lines[i].strip()
        if directive.startswith("#if"):
            fail(f"line {i + 1}: a CTNN_COMPILE_FAIL block must not hold another #if")
        if directive == "#else" and otherwise is None:
            otherwise = i
        elif directive == "#endif":
            closing = i
            break
    if closing is None:
        fail("no '#endif' after the CTNN_COMPILE_FAIL block")
    first = lines[opening + 1:otherwise if otherwise is not None else closing]
    second = lines[otherwise + 1:closing] if otherwise is not None else []
    failing, correct = (first, second) if lines[opening].strip().startswith("#ifdef") else (second, first)
    start = opening
    while start > end and not lines[start - 1].startswith(("#include", "using namespace")):
        start -= 1
    stop = closing + 1
    while stop < len(lines) and not lines[stop].startswith(("//", "int main")):
        stop += 1
    before, after = lines[start:opening], lines[closing + 1:stop]
    wrong = before + failing + after
    fix = correct if failing and correct else before + correct + after
    return {
        "title": title.group(1),
        "explanation": fields["explanation"],
        "fix_text": fields["fix"],
        "wrong": [line for line in wrong if line.strip()],
        "fix": [line for line in fix if line.strip()],
    }


# ---- The compiler's output -------------------------------------------------------------------

def compile_wrong_model(compiler, name):
    """The documented command's output, run from the repository root."""
    env = dict(os.environ, LC_ALL="C")
    try:
        result = subprocess.run(
            [compiler, "-std=c++20", "-fsyntax-only", "-Iinclude", "-DCTNN_COMPILE_FAIL", f"{TESTS}/{name}.cpp"],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, check=False)
    except OSError as error:
        raise Failure(f"cannot run {compiler}: {error}") from error
    text = result.stdout.decode("utf-8")
    if result.returncode == 0:
        raise Failure(f"{TESTS}/{name}.cpp compiles with -DCTNN_COMPILE_FAIL, but it must not")
    return text


def newest_header_time():
    return max((p.stat().st_mtime for p in (ROOT / "include").rglob("*") if p.is_file()), default=0)


# The ko tests read ctnn.hpp from a precompiled header (tests/compile_fail/CMakeLists.txt), and
# GCC then ends an include chain at the header: "from include/ctnn/ctnn.hpp:7:" where the
# documented command, which parses the header, goes on to the line of the source that includes it.
CHAIN_END = re.compile(r"^((?:In file included from|\s+from) include/ctnn/ctnn\.hpp:\d+):$", re.M)


def with_source_in_chains(text, name):
    """`text` with every include chain that ends at ctnn.hpp ending at the source's #include."""
    source = (ROOT / TESTS / f"{name}.cpp").read_text(encoding="utf-8").splitlines()
    line = next((i + 1 for i, text_line in enumerate(source) if text_line.strip() == "#include <ctnn/ctnn.hpp>"), None)
    if line is None:
        return text
    return CHAIN_END.sub(lambda m: f"{m.group(1)},\n                 from {TESTS}/{name}.cpp:{line}:", text)


def captured_output(directory, root, name, newest_input):
    """The output a compile_fail.NAME.ko test saved, with the repository root written as the
    documented command writes it; or None and why it cannot stand for the documented command's."""
    path = Path(directory) / f"{name}.txt"
    if not path.is_file():
        return None, "is missing"
    if path.stat().st_mtime < newest_input:
        return None, "is older than the test or a header"
    text = path.read_text(encoding="utf-8")
    if "warning:" in text:  # from -Wall -Wextra -Wpedantic, which the documented command lacks
        return None, "holds a warning"
    return with_source_in_chains(text.replace(root.rstrip("/") + "/", ""), name), None


def compiler_outputs(names, args):
    outputs = {}
    to_compile = list(names)
    if args.captured:
        headers = newest_header_time()
        to_compile = []
        reasons = {}
        for name in names:
            newest = max(headers, (ROOT / TESTS / f"{name}.cpp").stat().st_mtime)
            text, why = captured_output(args.captured, args.captured_root, name, newest)
            if text is None:
                reasons.setdefault(why, []).append(name)
                to_compile.append(name)
            else:
                outputs[name] = text
        for why, which in reasons.items():
            listed = ", ".join(which[:5]) + (f" and {len(which) - 5} more" if len(which) > 5 else "")
            print(f"make_errors_doc: the saved output (in {args.captured}) {why} for {listed}; "
                  f"compiling {'it' if len(which) == 1 else 'them'} as documented", file=sys.stderr)
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for name, text in zip(to_compile, pool.map(lambda n: compile_wrong_model(args.compiler, n), to_compile)):
            outputs[name] = text
    return outputs


LOCATED = re.compile(r"^[^\s:]+:\d+:\d+: ")
WHERE_LAYER = re.compile(r"^[^\s:]+:\d+:\d+:   required from '.*layer_at<.*>::valid'$")
WHERE_FRAME = re.compile(r"^[^\s:]+:\d+:\d+:   required from '.*::well_formed'$")
# A rule checked where a value is made (a merge's arguments, a layer_id): its `checked` member.
WHERE_VALUE = re.compile(r"^[^\s:]+:\d+:\d+:   required from '.*::checked'$")
OPTIONS = re.compile(r"(ctnn::\w+_opts)\{")


def shorten_options(line):
    """ctnn::conv2d_opts{4, ctnn::extent2{3, 3}, ...} -> ctnn::conv2d_opts{...}"""
    out = []
    i = 0
    while True:
        match = OPTIONS.search(line, i)
        if not match:
            out.append(line[i:])
            return "".join(out)
        out.append(line[i:match.end()])
        depth = 1
        j = match.end()
        while j < len(line) and depth:
            depth += {"{": 1, "}": -1}.get(line[j], 0)
            j += 1
        if depth:  # unbalanced: leave the rest as it is
            out.append(line[match.end():])
            return "".join(out)
        out.append("...}")
        i = j


def key_lines(name, output):
    """The lines the page shows: where (the layer_at line, the frame's well_formed line, or the
    `checked` line of a rule checked where a value is made), the error and GCC's notes, without
    quoted source and macro notes; options shortened outside the layer_at line."""
    lines = output.splitlines()
    errors = [line for line in lines if LOCATED.match(line) and ": error: " in line]
    if len(errors) != 1:
        raise Failure(f"{TESTS}/{name}.cpp: expected exactly one error with -DCTNN_COMPILE_FAIL, "
                      f"the compiler printed {len(errors)}:\n{output}")
    where = next((line for line in lines if WHERE_LAYER.match(line)), None)
    if where is None:
        where = next((line for line in lines if WHERE_FRAME.match(line)), None)
    if where is None:
        where = next((line for line in lines if WHERE_VALUE.match(line)), None)
    shown = []
    for line in lines:
        if line == where:
            shown.append(line if WHERE_LAYER.match(line) else shorten_options(line))
        elif line in errors:
            shown.append(shorten_options(line))
        elif (LOCATED.match(line) and ": note: " in line
              and ": note: in definition of macro " not in line
              and ": note: in expansion of macro 'CTNN_" not in line):
            shown.append(shorten_options(line))
    return shown


MESSAGE = re.compile(r": error: static assertion failed: (.*)$")


# ---- The page --------------------------------------------------------------------------------

def fenced(language, lines):
    return [f"```{language}", *lines, "```"]


def code_span(text):
    """Markdown inline code for text that may hold backticks itself."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    ticks = "`" * (longest + 1)
    return f"{ticks} {text} {ticks}" if longest else f"`{text}`"


def entry(name, test, output, gcc_major):
    lines = key_lines(name, output)
    message = next((MESSAGE.search(line).group(1) for line in lines if MESSAGE.search(line)), None)
    out = [f"### `{name}`: {test['title']}", ""]
    if message:
        out += [f"Message: {code_span(message)}", ""]
    out += ["Wrong:", "", *fenced("cpp", test["wrong"]), ""]
    out += [f"GCC {gcc_major}:", "", *fenced("text", lines), ""]
    out += [*test["explanation"], ""]
    out += ["Fix:", "", *fenced("cpp", test["fix"])]
    if test["fix_text"]:
        out += ["", *test["fix_text"]]
    return out


PLACEHOLDER = re.compile(r"\{\{(\w+)(?: (\w+))?\}\}")


GENERATED = (f"<!-- Generated by scripts/make_errors_doc.py from {TEMPLATE} and {TESTS}/*.cpp; do not edit.\n"
             f"     Regenerate from the repository root: {REGENERATE} -->")


def render(template, tests, outputs, gcc_version):
    gcc_major = gcc_version.split(".")[0]
    out = [GENERATED]
    for number, line in enumerate(template.splitlines(), 1):
        whole = PLACEHOLDER.fullmatch(line)
        if whole and whole.group(2):
            kind, name = whole.groups()
            if name not in tests:
                raise Failure(f"{TEMPLATE}:{number}: there is no {TESTS}/{name}.cpp")
            if kind == "test":
                out += entry(name, tests[name], outputs[name], gcc_major)
            elif kind == "wrong":
                out += fenced("cpp", tests[name]["wrong"])
            elif kind == "output":
                out += fenced("text", outputs[name].splitlines())
            else:
                raise Failure(f"{TEMPLATE}:{number}: unknown placeholder {{{{{kind}}}}}")
            continue

        def inline(match):
            if match.group(0) == "{{gcc_version}}":
                return gcc_version
            raise Failure(f"{TEMPLATE}:{number}: {match.group(0)} must stand on a line of its own")

        out.append(PLACEHOLDER.sub(inline, line))
    return "\n".join(out) + "\n"


def generate(args):
    template = (ROOT / TEMPLATE).read_text(encoding="utf-8")
    if template.startswith("<!--"):  # the template's own comment, for its readers only
        template = template[template.index("-->") + 3:].lstrip("\n")
    if DOCUMENTED_COMMAND not in template:
        raise Failure(f"{TEMPLATE} must document the command the page is made with:\n    {DOCUMENTED_COMMAND}")
    names = sorted(p.stem for p in (ROOT / TESTS).glob("*.cpp"))
    tests = {name: read_test(name) for name in names}
    placed = re.findall(r"^\{\{test (\w+)\}\}$", template, re.M)
    unplaced = sorted(set(names) - set(placed))
    if unplaced:
        raise Failure(f"{TEMPLATE} places no entry for " + ", ".join(f"{TESTS}/{n}.cpp" for n in unplaced)
                      + ": add a line {{test NAME}} where it belongs")
    twice = sorted({n for n in placed if placed.count(n) > 1})
    if twice:
        raise Failure(f"{TEMPLATE} places these tests twice: {', '.join(twice)}")
    needed = sorted({m.group(2) for m in PLACEHOLDER.finditer(template) if m.group(2)} & set(names))
    outputs = compiler_outputs(needed, args)
    try:
        version = subprocess.run([args.compiler, "-dumpfullversion"], stdout=subprocess.PIPE, check=True,
                                 env=dict(os.environ, LC_ALL="C")).stdout.decode().strip()
    except (OSError, subprocess.CalledProcessError) as error:
        raise Failure(f"cannot ask {args.compiler} for its version: {error}") from error
    return render(template, tests, outputs, version)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 with a unified diff when docs/errors.md differs")
    parser.add_argument("--compiler", default="g++", help="the C++ compiler in place of g++ (default: g++)")
    parser.add_argument("--captured", metavar="DIR",
                        help="reuse the outputs DIR/NAME.txt saved by the compile_fail.NAME.ko tests")
    parser.add_argument("--captured-root", metavar="PATH", default=str(ROOT),
                        help="the absolute repository root in the saved outputs (default: this repository)")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1,
                        help="compilers to run at once (default: the number of CPUs)")
    args = parser.parse_args()
    try:
        page = generate(args)
    except Failure as failure:
        print(f"make_errors_doc: {failure}", file=sys.stderr)
        return 2
    path = ROOT / PAGE
    if not args.check:
        with open(path, "w", encoding="utf-8", newline="\n") as file:
            file.write(page)
        return 0
    current = path.read_text(encoding="utf-8") if path.is_file() else ""
    if current == page:
        print(f"{PAGE} is up to date")
        return 0
    sys.stdout.writelines(difflib.unified_diff(
        current.splitlines(keepends=True), page.splitlines(keepends=True),
        fromfile=f"{PAGE} (in the working tree)", tofile=f"{PAGE} (generated)"))
    print(f"\n{PAGE} is stale: it differs from what {TEMPLATE}, {TESTS}/*.cpp and the compiler's output "
          f"give (the diff above: - is the page, + what it should be).\n"
          f"Regenerate it from the repository root ({ROOT}) with\n\n    {REGENERATE}\n")
    committed, generated = page_version(current), page_version(page)
    if committed and committed != generated:
        print(f"The page was made with GCC {committed} and this check uses GCC {generated}: other GCC versions "
              f"print other lines. scripts/test.sh (CI) uses Debian 12's g++; make the page with it.")
    return 1


def page_version(page):
    match = re.search(r"\bGCC (\d+\.\d+\.\d+)\b", page)  # {{gcc_version}}: -dumpfullversion
    return match.group(1) if match else None


if __name__ == "__main__":
    sys.exit(main())
