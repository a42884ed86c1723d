"""Bytes to text for every input: UTF-8 by default, the encoding ``--encoding`` names, a byte-order mark over both.

Excel on Windows saves "CSV" as WINDOWS-1252 and "Unicode Text" as UTF-16 LE with a byte-order mark; such a file
was skipped with an ``iconv`` command as its fix (newuser49). A byte-order mark (UTF-8, UTF-16, UTF-32) says what
the bytes are, so a file that opens with one is read so, whatever the option says. Without one, the file is UTF-8,
or with ``--encoding NAME`` (any text codec Python knows) that encoding, strictly: bytes that are none of its
characters skip the file with the byte, its offset and the fix, never a text of replacement marks. A file that
decodes as UTF-8 and is not plain ASCII is read as UTF-8 under any other option: a legacy encoding's text is next
to never valid UTF-8 (its accented letters stand alone, where UTF-8's come in set sequences), while UTF-8 read as
WINDOWS-1252 gives "Ã©" for "é" without a word, so a folder that mixes the two is read whole in one run.
"""

from __future__ import annotations

import codecs
import shlex
from pathlib import Path

from ..errors import InputError, OptionError
from .file_kind import problem_and_fix

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))  # UTF-32 LE's opens with UTF-16 LE's


def encoding_option(name: str | None) -> str | None:
    """``name`` as given when it is a text encoding Python knows ("windows-1252", "latin-1", "utf-16"), else an
    OptionError with examples (a usage error, said before any input is read)."""
    if name is None:
        return None
    if not isinstance(name, str):
        raise TypeError(f"encoding must be a codec name such as 'windows-1252', not {type(name).__name__} {name!r}")
    try:
        codecs.lookup(name.strip())
        b"a".decode(name.strip())  # LookupError for a bytes codec ('base64', 'zlib'); b"".decode looks up no name
    except UnicodeDecodeError:  # one byte is no UTF-16
        pass
    except LookupError:
        raise OptionError(f"--encoding {name!r} is not a text encoding Python knows; e.g. --encoding windows-1252 "
                          "(Excel's CSV on Windows), --encoding utf-16 (its Unicode Text), latin-1, mac-roman") from None
    return name.strip()


def decode(data: bytes, path: Path, record: int | None = None, encoding: str | None = None) -> str:
    """The text of ``data``: by its byte-order mark, else as UTF-8 or the ``encoding`` given (module docstring), or an
    InputError that says how to fix the file.

    The fix of a file that is not UTF-8 is an iconv command on the path as given (so it can be pasted where the
    command was run) or the ``--encoding`` option, from the encoding the bytes look like: UTF-16 (a NUL byte in
    every other place) or else WINDOWS-1252, the usual encoding of text that is not UTF-8; NUL bytes anywhere else
    mean a binary file, for which no conversion helps. Bytes that decode but hold NUL bytes are no text either
    (UTF-16 of ASCII text without a byte-order mark decodes as UTF-8 with a NUL after every letter). A PDF, an RTF
    or Office document or a zip under a text's name is named as what it is, with the way to its text
    (``file_kind``): no conversion of its bytes helps.
    """
    other = problem_and_fix(data, path)
    if other is not None:
        raise InputError(str(path), other[0], other[1], record)
    marked = next((codec for bom, codec in _BOMS if data.startswith(bom)), None)
    codec, text = (marked, None) if marked else _codec_and_text(data, encoding)
    try:
        text = data.decode(codec) if text is None else text
    except UnicodeDecodeError as err:
        bad = err.start
    else:
        if not marked and _wide_garble(text, codec):
            raise InputError(str(path), f"not {codec} text (read so, its first {min(len(text), 4096)} characters hold "
                                        f"no space or line break: {text[:12]}...)", _fix(path, utf16_kind(data), encoding),
                             record)
        if "\x00" not in text[:4096]:
            return text
        bad = max(data.find(b"\x00"), 0)  # a NUL: BOM-less UTF-16 of ASCII text, or a binary file
    utf16 = utf16_kind(data)
    if not utf16 and b"\x00" in data[:max(4096, bad + 1)]:
        raise InputError(str(path), "a binary file, not text (it has NUL bytes)",
                         "give article files as UTF-8 text (.txt, .jsonl, .csv, .html) or leave it out", record) from None
    if marked or codec != "utf-8-sig":
        name = {"utf-8-sig": "UTF-8", "utf-16": "UTF-16", "utf-32": "UTF-32"}.get(codec, codec)
        problem = (f"not {name} text{' though it opens with its byte-order mark' if marked else ''} "
                   f"(byte 0x{data[bad]:02x} at offset {bad} is none of its characters)")
    else:
        problem = (f"{utf16} text, not UTF-8" if utf16
                   else f"not UTF-8 text (byte 0x{data[bad]:02x} at offset {bad})")
    raise InputError(str(path), problem, _fix(path, utf16, encoding), record) from None


def read_in(data: bytes, encoding: str | None, declared: str | None = None) -> str:
    """The encoding ``decode`` reads ``data`` in, in the run's words ("UTF-8", "windows-1252", "UTF-16, by its
    byte-order mark"; ``declared``: the charset a page or feed declares, ``html.declared_charset``, which wins over
    ``encoding``), so that a run with ``--encoding`` can say which files were read in it and which as UTF-8."""
    marked = next((codec for bom, codec in _BOMS if data.startswith(bom)), None)
    if marked:
        return f"{_NAMES[marked]}, by its byte-order mark"
    if declared:
        return f"{declared}, as it declares"
    if _as_ascii(data, encoding):
        return "ASCII"  # the same text in UTF-8 and in the encoding named (as read, ``_codec_and_text``)
    codec, _ = _codec_and_text(data, encoding)
    return _NAMES.get(codec, codec)


_NAMES = {"utf-8-sig": "UTF-8", "utf-16": "UTF-16", "utf-32": "UTF-32"}


def _as_ascii(data: bytes, encoding: str | None) -> bool:
    """Are ``data`` plain ASCII that ``encoding`` reads as ASCII reads them (and UTF-8 with them)? Not every codec
    is a superset of ASCII: UTF-16 and UTF-32 pair the bytes up, EBCDIC (``cp500``) gives other letters for them all,
    UTF-7 reads "+...-" as a base64 run; then the file was read in the encoding named, and the run says that one."""
    if not data.isascii():
        return False
    try:
        return encoding is None or data.decode(encoding) == data.decode("ascii")
    except UnicodeDecodeError:  # (ASCII of an odd length as UTF-16; a stray "+" in UTF-7)
        return False


def _wide_garble(text: str, codec: str) -> bool:
    """Is ``text`` bytes of another encoding read as UTF-16 or UTF-32 (``--encoding utf-16`` on a WINDOWS-1252 or
    UTF-8 file)? Two bytes of such text make one CJK-like character, never a space or line break (those need a NUL
    byte beside them), where any article has them; a wrong 16-bit reading decodes without an error."""
    wide = codecs.lookup(codec).name.startswith(("utf-16", "utf-32"))
    return wide and len(text) > 40 and not any(c in " \n\r\t" for c in text[:4096])


def _codec_and_text(data: bytes, encoding: str | None) -> tuple[str, str | None]:
    """The codec for ``data`` without a byte-order mark: UTF-8, or ``encoding`` unless the bytes are UTF-8 that is
    not plain ASCII (module docstring); and the text when telling the two apart decoded it already (that UTF-8,
    which ``utf-8-sig`` reads alike without a mark), else None."""
    if encoding is None or codecs.lookup(encoding).name == "utf-8":
        return "utf-8-sig", None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return encoding, None
    return ("utf-8-sig", text) if not text.isascii() and "\x00" not in text else (encoding, None)


def _fix(path: Path, utf16: str | None, encoding: str | None) -> str:
    """How to read a file whose bytes did not decode: convert it with iconv (in place, through a temporary file, so
    the next run reads it instead of skipping the original again), or name its encoding with ``--encoding``."""
    source = utf16 or "WINDOWS-1252"
    target = path.with_name(f"{path.stem}.utf8{path.suffix}")
    iconv = (f"`iconv -f {source} -t UTF-8 {shlex.quote(str(path))} > {shlex.quote(str(target))} && "
             f"mv {shlex.quote(str(target))} {shlex.quote(str(path))}`")
    option = f"--encoding {source.lower()}"
    if encoding is None:
        return f"convert it to UTF-8, e.g. {iconv}, or run with {option}"
    if codecs.lookup(encoding).name == codecs.lookup(source).name:
        return (f"--encoding {encoding} names the encoding of every input that is not UTF-8: find the one this file "
                f"was saved in and convert it to UTF-8 with iconv -f ENCODING, or read it in a run of its own")
    return (f"--encoding {encoding} names the encoding of every input that is not UTF-8; this one looks like "
            f"{source}: convert it to UTF-8, e.g. {iconv}, or read it in a run of its own with {option}")


def utf16_kind(data: bytes) -> str | None:
    """"UTF-16" for bytes with a UTF-16 byte-order mark (iconv reads the order from it),
    "UTF-16LE"/"UTF-16BE" for BOM-less text whose every other byte is mostly NUL; else None."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "UTF-16"
    sample = data[:4096]
    if len(sample) < 4:
        return None
    odd, even = sample[1::2], sample[0::2]
    if odd.count(0) > 0.4 * len(odd) and not even.count(0):
        return "UTF-16LE"
    if even.count(0) > 0.4 * len(even) and not odd.count(0):
        return "UTF-16BE"
    return None
