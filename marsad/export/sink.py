"""Where an export goes: a path, a text stream or a binary stream, handled one way.

Every writer takes ``out`` as any of the three, because the CLI writes to stdout (text, or its
binary buffer) and to files, and tests write to ``tmp_path`` and to ``io.BytesIO``.

* A path is written through a temporary file in the same folder and renamed into place only
  when the export has finished: a row that fails validation half-way (or a full disk) never
  leaves a truncated dataset that looks complete.
* A stream is written as it is and never closed: it belongs to the caller.
* Text always goes out as UTF-8 with ``\\n`` untranslated (the csv module chooses its own line
  ends); a byte order mark is written as U+FEFF at the start only when asked for.
"""
from __future__ import annotations

import io
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Union

Out = Union[str, "os.PathLike[str]", IO[str], IO[bytes]]

BOM = "\ufeff"


def is_path(out: Any) -> bool:
    return isinstance(out, (str, os.PathLike))


def is_text_stream(out: Any) -> bool:
    """A text stream takes ``str``: an io.TextIOBase (sys.stdout, StringIO, open(…, "w")), or
    a file-like object with an ``encoding`` and no "b" in its mode."""
    if isinstance(out, io.TextIOBase):
        return True
    if isinstance(out, (io.RawIOBase, io.BufferedIOBase)):
        return False
    return "b" not in getattr(out, "mode", "") and hasattr(out, "encoding")


@contextmanager
def atomic_path(path: Union[str, "os.PathLike[str]"]) -> Iterator[Path]:
    """A temporary path next to ``path`` that replaces it only if the block succeeds.

    The temporary file is created with the usual permissions (0666 less the umask), not
    mkstemp's 0600, so that the finished export can be shared like any file the user writes."""
    target = Path(path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.part")
    os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    try:
        yield tmp
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextmanager
def text_sink(out: Out, bom: bool = False) -> Iterator[IO[str]]:
    """A text stream on ``out`` that writes UTF-8 (``bom``: U+FEFF first) with no newline
    translation; the caller's stream stays open, a path is replaced atomically."""
    if is_path(out):
        with atomic_path(out) as tmp, open(tmp, "w", encoding="utf-8", newline="") as fh:  # type: ignore[arg-type]
            _start(fh, bom)
            yield fh
        return
    if is_text_stream(out):
        _start(out, bom)  # type: ignore[arg-type]
        yield out  # type: ignore[misc]
        out.flush()
        return
    wrapper = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)  # type: ignore[arg-type]
    try:
        _start(wrapper, bom)
        yield wrapper
        wrapper.flush()
    finally:
        wrapper.detach()  # leave the caller's binary stream open


@contextmanager
def binary_target(out: Out) -> Iterator[Union[str, IO[bytes]]]:
    """A file name or binary stream for libraries that write bytes themselves (pyarrow)."""
    if is_path(out):
        with atomic_path(out) as tmp:  # type: ignore[arg-type]
            yield str(tmp)
        return
    if is_text_stream(out):
        raise TypeError("this format is binary: give a path or a binary stream (e.g. sys.stdout.buffer), "
                        "not a text stream")
    yield out  # type: ignore[misc]


def _start(fh: IO[str], bom: bool) -> None:
    if bom:
        fh.write(BOM)
