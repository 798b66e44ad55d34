"""Arelle, the reference XBRL processor, on tagger's outputs: in-process, offline, with our
taxonomy package, checking everything (Calculations 1.1 round-to-nearest, units registry,
inconsistent duplicates). Arelle is the extra `tagger[arelle]`, which the tests install.

    with Arelle(taxonomy) as arelle:
        reports = arelle.validate([Path("out/release.xml"), Path("out/release.json")])

One Arelle session validates many files in one run; a problem of any level above 'info'
(warning, error, inconsistency) fails the file it refers to.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import NamedTuple

from tagger.dts import package_zip
from tagger.taxonomy import Taxonomy

ARELLE_VERSION = "2.47.3"
CHECK_EVERYTHING = {
    "validate": True,
    "internetConnectivity": "offline",
    "calcs": "c11r",
    "utrValidate": True,
    "validateDuplicateFacts": "inconsistent",
}
_QUIET = {"info", "debug", "trace", "asrtnolog", ""}


class ArelleMissing(Exception):
    """Arelle is not installed."""


class ArelleMessage(NamedTuple):
    level: str  # 'error', 'warning', 'inconsistency', ...
    code: str  # 'calc11e:inconsistentCalculationUsingRounding'
    text: str

    def __str__(self) -> str:
        return f"{self.level}: {self.text} [{self.code}]"


class ArelleReport(NamedTuple):
    """What Arelle said about one file."""

    file: Path
    facts: int | None  # None when Arelle could not load it
    messages: tuple[ArelleMessage, ...] = ()

    @property
    def passed(self) -> bool:
        return self.facts is not None and not self.messages

    @property
    def codes(self) -> list[str]:
        return sorted({m.code for m in self.messages})


class Arelle:
    """Our taxonomy package written to a temporary zip, and Arelle sessions that use it."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        try:
            from arelle.api.Session import Session  # noqa: F401
        except ImportError as error:
            raise ArelleMissing("Arelle is not installed: pip install 'tagger[arelle]' "
                                f"(arelle-release=={ARELLE_VERSION})") from error
        self._folder = Path(tempfile.mkdtemp(prefix="tagger-arelle-"))
        self.package = self._folder / f"{taxonomy.package}.zip"
        self.package.write_bytes(package_zip(taxonomy))

    def __enter__(self) -> Arelle:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        shutil.rmtree(self._folder, ignore_errors=True)

    def validate(self, files: Sequence[Path]) -> list[ArelleReport]:
        """Validate XBRL XML, xBRL-JSON and xBRL-CSV (metadata) files in one Arelle run."""
        from arelle.api.Session import Session
        from arelle.RuntimeOptions import RuntimeOptions

        paths = [Path(f).resolve() for f in files]
        entry = json.dumps([{"file": str(p)} for p in paths])
        with Session() as session:
            session.run(RuntimeOptions(entrypointFile=entry, packages=[str(self.package)], keepOpen=True,
                                       logFile="logToBuffer", **CHECK_EVERYTHING))
            facts: dict[Path, int] = {}
            documents: dict[str, Path] = {}
            for model in session.get_models():
                source = Path(str(model.fileSource.url)).resolve()
                facts[source] = len(model.facts)
                if model.modelDocument is not None:
                    documents[Path(model.modelDocument.filepath).name] = source
                model.close()
            log = json.loads(session.get_logs("json"))["log"]
        messages: dict[Path | None, list[ArelleMessage]] = {}
        for entry_ in log:
            level = str(entry_.get("level", "")).lower()
            if level in _QUIET:
                continue
            message = ArelleMessage(level, str(entry_.get("code", "")), _text(entry_))
            messages.setdefault(_file_of(entry_, documents, paths), []).append(message)
        general = tuple(messages.get(None, ()))
        return [ArelleReport(p, facts.get(p), (*messages.get(p, ()), *general)) for p in paths]

    def to_json(self, instance: Path, target: Path) -> bool:
        """Arelle's own conversion of an instance to xBRL-JSON (its saveLoadableOIM plug-in)."""
        from arelle.api.Session import Session
        from arelle.RuntimeOptions import RuntimeOptions

        with Session() as session:
            return bool(session.run(RuntimeOptions(
                entrypointFile=str(instance.resolve()), packages=[str(self.package)], internetConnectivity="offline",
                plugins="saveLoadableOIM", pluginOptions={"saveLoadableOIM": str(target.resolve())}, logFile="logToBuffer",
            ))) and target.exists()


def _text(entry: dict) -> str:
    """The message without the '[code] ' Arelle puts before it."""
    message = entry.get("message")
    text = message.get("text", "") if isinstance(message, dict) else str(message or "")
    return " ".join(text.split()).removeprefix(f"[{entry.get('code', '')}] ")


def _file_of(entry: dict, documents: dict[str, Path], paths: Sequence[Path]) -> Path | None:
    """The input file a message is about, from its references ('broken.xml#f20')."""
    by_name = {p.name: p for p in paths}
    for ref in entry.get("refs", []):
        name = Path(str(ref.get("href", "")).split("#", 1)[0]).name
        if name in documents:
            return documents[name]
        if name in by_name:
            return by_name[name]
    return None
