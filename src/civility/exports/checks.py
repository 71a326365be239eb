"""File-level checks run before a text export is parsed: exists, not empty, not binary, valid UTF-8.

The whole file is scanned in 1 MiB chunks (never held in memory), so a file in the wrong encoding is
refused before any record is read, with the byte offset and line of the first bad byte.
"""

from __future__ import annotations

from pathlib import Path

from civility.errors import InputError

CHUNK = 1 << 20
SNIFF = 8192
ENCODING = "utf-8-sig"
"""Open text exports with this: UTF-8, with a leading byte-order mark dropped."""

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def check_file(path: Path) -> None:
    """Raise InputError when `path` is missing, a directory, or empty."""
    if not path.exists():
        raise InputError(f"{path}: no such file; check the path")
    if not path.is_file():
        raise InputError(f"{path}: not a regular file")
    if path.stat().st_size == 0:
        raise InputError(f"{path}: file is empty; nothing to read (export again or remove it)")


def check_text_file(path: Path) -> None:
    """Raise InputError unless `path` is a non-empty UTF-8 text file (a BOM is allowed)."""
    check_file(path)
    with path.open("rb") as fh:
        head = fh.read(SNIFF)
    if head.startswith(_UTF16_BOMS):
        raise InputError(f"{path}: file is UTF-16; re-encode it as UTF-8 (e.g. iconv -f utf-16 -t utf-8)")
    if b"\x00" in head:
        raise InputError(f"{path}: binary file (NUL bytes in the first 8 KiB), not a text export; remove it")
    _check_utf8(path)


def _check_utf8(path: Path) -> None:
    carry, offset, line = b"", 0, 1
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            data = carry + chunk
            good, bad = _decodable_prefix(data, more=True)
            if bad is not None:
                _raise_bad_byte(path, data, good, offset, line)
            line += data.count(b"\n", 0, good)
            offset += good
            carry = data[good:]
    if carry:
        _raise_bad_byte(path, carry, 0, offset, line)


def _decodable_prefix(data: bytes, more: bool) -> tuple[int, int | None]:
    """Length of the valid UTF-8 prefix, and the index of a bad byte (None if only a split tail)."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        split_tail = exc.reason == "unexpected end of data" and len(data) - exc.start < 4
        return exc.start, None if (split_tail and more) else exc.start
    return len(data), None


def _raise_bad_byte(path: Path, data: bytes, index: int, offset: int, line: int) -> None:
    line += data.count(b"\n", 0, index)
    raise InputError(
        f"{path}: not UTF-8: byte 0x{data[index]:02x} at byte offset {offset + index} (line {line}); "
        f"re-encode the file as UTF-8, e.g. "
        f"iconv -f latin1 -t utf-8 {path.name} > {path.stem}.utf8{path.suffix}"
    )
