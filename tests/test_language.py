"""Language guess: English unless clearly another language."""

from __future__ import annotations

import pytest

from civility.preprocess.language import detect_language

CASES = [
    ("This is a bug in the parser and it crashes on empty input", "en"),
    ("Thanks Jürgen Müller, the fix in der_parser.py works for me now", "en"),
    ("`def foo(x): return x` and `la_de_die = 1` is the code that fails for me", "en"),
    ("Das ist nicht gut, ich habe es mit der neuen Version versucht und es geht nicht", "de"),
    ("El problema es que la aplicación no funciona con la versión nueva y es muy lento", "es"),
    ("Je pense que le problème est dans la configuration pour les utilisateurs", "fr"),
    ("O problema é que a aplicação não funciona com a versão nova, mas está lento para mim", "pt"),
    ("Il problema è che non funziona con la versione nuova e questo per me è un bug", "it"),
    ("Ik denk dat het probleem niet in de code zit maar in de configuratie van het project", "nl"),
    ("这个问题在新版本中仍然存在，请尽快修复", "zh"),
    ("これはバグです。修正してください", "ja"),
    ("Это не работает после обновления до последней версии", "ru"),
    ("이 문제는 새 버전에서도 발생합니다", "ko"),
    ("Please see the log: 2024-01-02 ERROR Verbindung fehlgeschlagen", "en"),
]


@pytest.mark.parametrize(("text", "language"), CASES)
def test_detect_language(text: str, language: str) -> None:
    assert detect_language(text)[0] == language


@pytest.mark.parametrize("text", ["fix it", "LGTM", "de la", "", "👍"])
def test_short_texts_are_english_with_low_confidence(text: str) -> None:
    language, confidence = detect_language(text)
    assert language == "en"
    assert confidence < 0.5
