"""Input readers: stream `Message`s (and `Skipped` records) out of discussion exports.

    for item in read_messages(["issues.json", "exports/"], text_column=None):
        if isinstance(item, Skipped): ...   # a bad record, or a whole file that could not be read

Formats (`FORMATS`): github (REST / `gh` JSON), jsonl, csv (and .tsv), parquet, mbox, hf (datasets: a hub name
`hf:NAME[:SPLIT]`, or a local file loaded through `datasets.load_dataset`). A file that cannot be read
at all yields one Skipped with no line and reading goes on with the next file; a bad record yields a
Skipped with its line or record index. A hub dataset that cannot be loaded raises InputError.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from civility.errors import InputError
from civility.exports import csv, github, hf, jsonl, mbox, parquet
from civility.exports.hf import read_dataset
from civility.types import Message, Skipped, SourceLocation

Reader = Callable[[Path, str | None], Iterator[Message | Skipped]]

READERS: dict[str, Reader] = {
    "github": github.read,
    "jsonl": jsonl.read,
    "csv": csv.read,
    "parquet": parquet.read,
    "hf": hf.read_files,
    "mbox": mbox.read,
}
FORMATS: tuple[str, ...] = tuple(READERS)
"""Valid values of `format` / `--format`."""

EXTENSIONS = {
    ".json": "github",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".mbox": "mbox",
}
"""Format by file extension; a directory is read for files with these extensions."""

__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "detect_format",
    "expand_paths",
    "read_dataset",
    "read_jsonl_range",
    "read_messages",
]


STDIN = "-"
STDIN_UNSUPPORTED = (
    "reading standard input is not supported; save the export to a file (for example "
    "`gh api --paginate repos/OWNER/REPO/issues/comments > comments.json`) and scan that file"
)
"""Why "-" is refused rather than read: every finding, skip and baseline entry names a file and a
line a moderator can open again, and `--jobs` splits a file by byte ranges, which a pipe cannot give."""


def detect_format(path: str | Path, format: str | None = None) -> str:
    """The format of `path`: `format` when given (validated), `hf` for `hf:NAME`, else by extension."""
    if str(path) == STDIN:
        raise InputError(STDIN_UNSUPPORTED)
    if format is not None:
        if format not in READERS:
            raise InputError(f"unknown format {format!r}; choose one of: {', '.join(FORMATS)}")
        return format
    if str(path).startswith(hf.PREFIX):
        return "hf"
    found = EXTENSIONS.get(Path(path).suffix.lower())
    if found is None:
        known = ", ".join(sorted(EXTENSIONS))
        raise InputError(
            f"{path}: unknown file type; use one of {known} or name the format with --input-format "
            f"(format= in Python): {', '.join(FORMATS)}"
        )
    return found


def read_messages(
    paths: str | Path | Iterable[str | Path], format: str | None = None, text_column: str | None = None
) -> Iterator[Message | Skipped]:
    """Stream messages from files, directories (every export inside, sorted, recursive) and `hf:` names."""
    if format is not None:
        detect_format("", format)
    for source in expand_paths([paths] if isinstance(paths, str | Path) else paths):
        if str(source).startswith(hf.PREFIX) and (format in (None, "hf")):
            yield from hf.read_hub(str(source), text_column)
            continue
        try:
            if isinstance(source, _EmptyDirectory):
                raise InputError(f"no export files ({', '.join(sorted(EXTENSIONS))}) in this directory")
            reader = READERS[detect_format(source, format)]
            yield from reader(Path(source), text_column)
        except InputError as exc:
            yield Skipped(SourceLocation(str(source)), _strip_path(str(exc), str(source)))


def read_jsonl_range(
    path: str,
    byte_start: int,
    byte_stop: int | None,
    first_line: int,
    text_column: str | None = None,
    *,
    checked: bool = False,
) -> Iterator[Message | Skipped]:
    """The records of a byte range of whole lines of a JSONL file (`jsonl.read_range`: record indices
    count from 0 in the range), reported as `read_messages` reports them, except that a file that cannot
    be read (bad encoding, empty) yields its one Skipped only in the range at the start of the file: a
    file split in ranges is then reported once, as when it is read whole. `checked`: the file was
    checked before it was split (`jsonl.read_range`)."""
    try:
        yield from jsonl.read_range(
            Path(path), byte_start, byte_stop, first_line, text_column, checked=checked
        )
    except InputError as exc:
        if byte_start == 0:
            yield Skipped(SourceLocation(path), _strip_path(str(exc), path))


def expand_paths(paths: Iterable[str | Path]) -> Iterator[str | Path]:
    """Inputs in reading order: a folder becomes its export files (sorted, recursive, hidden folders
    skipped; an empty folder stays as a marker the reader reports); files and `hf:` names pass as given.
    The local and Dask engines both list inputs with this, so they read the same files in the same order."""
    for path in paths:
        if not str(path).startswith(hf.PREFIX) and Path(path).is_dir():
            found = sorted(p for p in Path(path).rglob("*") if _is_export(p, Path(path)))
            yield from found if found else [_EmptyDirectory(path)]
        else:
            yield path


def _is_export(path: Path, root: Path) -> bool:
    hidden = any(part.startswith(".") for part in path.relative_to(root).parts)  # .git, .cache ...
    return path.suffix.lower() in EXTENSIONS and not hidden and path.is_file()


class _EmptyDirectory(str):
    """A directory argument with no export files in it, reported as one Skipped."""

    __slots__ = ()


def _strip_path(reason: str, path: str) -> str:
    """The location already names the file: drop a leading 'path: ' from the error text."""
    return reason.removeprefix(f"{path}: ")
